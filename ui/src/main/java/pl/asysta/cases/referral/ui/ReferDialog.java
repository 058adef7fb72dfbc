package pl.asysta.cases.referral.ui;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.ui.InstitutionChoice;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionKind;

/**
 * The case team refers the case to another institution (uwr art. 15 ust. 1 pkt 18): what for, the question it
 * should answer, in which category the answer will be filed (any but the consent ledger's), and by when. Only
 * institutions whose staff answer referrals in the portal are offered.
 */
class ReferDialog extends CommandDialog {

    static final EnumSet<InstitutionKind> ANSWERING = EnumSet.of(InstitutionKind.FAMILY_SUPPORT_CENTRE,
            InstitutionKind.SCHOOL, InstitutionKind.HEALTH_SERVICE, InstitutionKind.INTERDISCIPLINARY_TEAM,
            InstitutionKind.NGO);

    /** Two weeks: the usual time an institution is given to answer. */
    private static final int DEFAULT_DAYS = 14;

    private final OpenCase context;
    private final transient ReferralCommands commands;
    private final ComboBox<Institution> institution;
    private final ComboBox<DataCategory> category = new ComboBox<>();
    private final TextField purpose = Fields.line(getTranslation("case.referrals.field.purpose"), true);
    private final TextArea question = Fields.text(getTranslation("case.referrals.field.question"), true);
    private final DatePicker deadline = Dates.picker(getTranslation("case.referrals.field.deadline"), true);

    ReferDialog(OpenCase context, List<Institution> registered, ReferralCommands commands, ErrorMessages errors) {
        super("case.referrals.dialog.title", errors, context.details().familyName());
        this.context = context;
        this.commands = commands;
        saveText("case.referrals.dialog.save");
        institution = InstitutionChoice.of(registered, context.actor().institutionId(),
                getTranslation("case.referrals.field.institution"), ANSWERING);
        institution.setId("referral-institution");
        category.setId("referral-category");
        category.setLabel(getTranslation("case.referrals.field.category"));
        category.setItems(Arrays.stream(DataCategory.values()).filter(filed -> filed != DataCategory.CONSENT)
                .toList());
        category.setItemLabelGenerator(value -> Labels.of(Labels.DATA_CATEGORY, value));
        category.setRequiredIndicatorVisible(true);
        category.setHelperText(getTranslation("case.referrals.field.category.hint"));
        purpose.setId("referral-purpose");
        question.setId("referral-question");
        deadline.setId("referral-deadline");
        deadline.setValue(context.today().plusDays(DEFAULT_DAYS));
        form.add(institution, category);
        form.add(purpose, 2);
        form.add(question, 2);
        form.add(deadline);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(institution).required(category).required(purpose).required(question).required(deadline);
        if (deadline.getValue() != null) {
            checks.check(deadline, deadline.getValue().isAfter(context.today()),
                    "rule.referral.deadline-not-in-future");
        }
    }

    @Override
    protected Recorded submit() {
        return commands.refer(context.caseId(), institution.getValue().id(), category.getValue(),
                Fields.value(purpose), Fields.value(question), deadline.getValue(), context.actor()).recorded();
    }
}
