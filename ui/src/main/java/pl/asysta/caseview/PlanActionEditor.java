package pl.asysta.caseview;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.ActionOwner;
import pl.asysta.cases.PlanAction;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;
import pl.asysta.forms.RepeatingRows;

/**
 * One action of a plan being drafted: what, who carries it out (a family member, the assistant or an
 * institution), by when and with which expected effect (uwr art. 15 ust. 3). An action carried over from the
 * previous version keeps its id, and so its history of progress notes.
 */
class PlanActionEditor implements RepeatingRows.Row {

    private final FieldSet fieldSet = new FieldSet();
    private final String actionId;
    private final String ownerReference;
    final TextField description = Fields.line(I18NProvider.translate("plan.action.description"), true);
    final ComboBox<ActionOwner.Kind> ownerKind = new ComboBox<>();
    final TextField ownerName = Fields.line(I18NProvider.translate("plan.action.owner-name"), true);
    final DatePicker deadline = Dates.picker(I18NProvider.translate("plan.action.deadline"), true);
    final TextField expectedEffect = Fields.line(I18NProvider.translate("plan.action.effect"), true);

    PlanActionEditor(PlanAction carriedOver, String assistantName) {
        this.actionId = carriedOver == null ? null : carriedOver.actionId();
        this.ownerReference = carriedOver == null || carriedOver.owner() == null ? null
                : carriedOver.owner().reference();
        description.addClassName("action-description");
        ownerKind.addClassName("action-owner-kind");
        ownerName.addClassName("action-owner-name");
        deadline.addClassName("action-deadline");
        expectedEffect.addClassName("action-effect");
        ownerKind.setLabel(I18NProvider.translate("plan.action.owner-kind"));
        ownerKind.setItems(ActionOwner.Kind.values());
        ownerKind.setItemLabelGenerator(kind -> Labels.of(Labels.OWNER_KIND, kind));
        ownerKind.setRequiredIndicatorVisible(true);
        ownerKind.setValue(ActionOwner.Kind.FAMILY_MEMBER);
        ownerKind.addValueChangeListener(change -> {
            if (change.getValue() == ActionOwner.Kind.ASSISTANT && ownerName.isEmpty()) {
                ownerName.setValue(assistantName == null ? "" : assistantName);
            }
        });
        if (carriedOver != null) {
            description.setValue(carriedOver.description());
            if (carriedOver.owner() != null) {
                ownerKind.setValue(carriedOver.owner().kind());
                ownerName.setValue(carriedOver.owner().name());
            }
            deadline.setValue(carriedOver.deadline());
            expectedEffect.setValue(carriedOver.expectedEffect());
        }
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        layout.add(description, 2);
        layout.add(ownerKind, ownerName, deadline, expectedEffect);
        fieldSet.add(layout);
    }

    @Override
    public FieldSet fieldSet() {
        return fieldSet;
    }

    void check(FieldChecks checks, LocalDate today) {
        checks.required(description).required(ownerKind).required(ownerName).notBefore(deadline, today)
                .required(expectedEffect);
    }

    PlanAction value() {
        return new PlanAction(actionId, Fields.value(description),
                new ActionOwner(ownerKind.getValue(), Fields.value(ownerName), ownerReference),
                deadline.getValue(), Fields.value(expectedEffect));
    }
}
