package pl.asysta.cases.support.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;
import pl.asysta.i18n.Translations;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.ui.InstitutionChoice;
import pl.asysta.shared.InstitutionKind;

/**
 * The head of the centre records the agreement with a supporting-family household (uwr art. 30): which household,
 * the agreement's reference, its first and last day, which costs are reimbursed and up to how much a month.
 */
class RecordArrangementDialog extends CommandDialog {

    private final OpenCase context;
    private final transient SupportCommands commands;
    final ComboBox<Institution> household;
    final TextField reference = Fields.line(getTranslation("supporting.record.reference"), true);
    final DatePicker startsOn = Dates.picker(getTranslation("supporting.record.starts"), true);
    final DatePicker endsOn = Dates.picker(getTranslation("supporting.record.ends"), true);
    final CheckboxGroup<CostKind> costs = new CheckboxGroup<>(getTranslation("supporting.record.costs"));
    final BigDecimalField limit = new BigDecimalField(getTranslation("supporting.record.limit"));

    RecordArrangementDialog(OpenCase context, List<Institution> registered, SupportCommands commands,
                            ErrorMessages errors) {
        super("supporting.record.title", errors, context.details().familyName());
        this.context = context;
        this.commands = commands;
        household = InstitutionChoice.of(registered, context.actor().institutionId(),
                getTranslation("supporting.record.household"), Set.of(InstitutionKind.SUPPORTING_FAMILY));
        household.setId("support-record-household");
        reference.setId("support-record-reference");
        reference.setHelperText(getTranslation("supporting.record.reference.hint"));
        startsOn.setId("support-record-starts");
        startsOn.setValue(context.today());
        endsOn.setId("support-record-ends");
        costs.setId("support-record-costs");
        costs.setItems(Arrays.asList(CostKind.values()));
        costs.setItemLabelGenerator(kind -> Labels.of(SupportItems.COST_KIND, kind));
        costs.setHelperText(getTranslation("supporting.record.costs.hint"));
        costs.addClassName("required-choice");
        limit.setId("support-record-limit");
        limit.setLocale(Translations.supported(getLocale()));
        limit.setRequiredIndicatorVisible(true);
        limit.setSuffixComponent(new Span(getTranslation("supporting.claim.currency")));
        form.add(household, reference, startsOn, endsOn);
        form.add(costs, 2);
        form.add(limit);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(household).required(reference).required(startsOn).required(endsOn).required(costs)
                .required(limit);
        if (startsOn.getValue() != null && endsOn.getValue() != null) {
            checks.check(endsOn, !endsOn.getValue().isBefore(startsOn.getValue()), "rule.supporting.period-backwards");
        }
        if (limit.getValue() != null) {
            checks.check(limit, limit.getValue().signum() > 0, "supporting.record.limit.positive");
        }
    }

    @Override
    protected Recorded submit() {
        return commands.recordArrangement(context.caseId(), household.getValue().id(), Fields.value(reference),
                startsOn.getValue(), endsOn.getValue(), costs.getValue(), limit.getValue(), context.actor()).recorded();
    }
}
