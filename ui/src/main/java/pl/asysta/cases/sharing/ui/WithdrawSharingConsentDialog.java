package pl.asysta.cases.sharing.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.sharing.ConsentRow;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/**
 * The family member took back a consent to share (RODO art. 7 ust. 3): from that moment the institution's access
 * that rested on it ends, so the dialog says so before it is saved.
 */
class WithdrawSharingConsentDialog extends CommandDialog {

    private final OpenCase context;
    private final transient SharingCommands commands;
    private final ConsentRow consent;
    private final DatePicker withdrawnOn = Dates.picker(getTranslation("case.sharing.field.withdrawn-on"), true);
    private final TextArea note = Fields.text(getTranslation("case.sharing.field.note"), false);

    /** {@code institution} is the name of the institution the consent lets see the case. */
    WithdrawSharingConsentDialog(OpenCase context, ConsentRow consent, String institution, SharingCommands commands,
                                 ErrorMessages errors) {
        super("case.sharing.withdraw.title", errors, consent.person(), institution);
        this.context = context;
        this.commands = commands;
        this.consent = consent;
        saveText("case.sharing.withdraw");
        Paragraph consequence = new Paragraph(getTranslation("case.sharing.withdraw.consequence",
                institution,
                SharingPanel.categoryNames(consent.categories())));
        consequence.addClassName("form-hint");
        withdrawnOn.setId("sharing-withdraw-date");
        withdrawnOn.setValue(context.today());
        withdrawnOn.setMax(context.today());
        note.setId("sharing-withdraw-note");
        form.add(consequence, 2);
        form.add(withdrawnOn);
        form.add(note, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.notAfter(withdrawnOn, context.today());
    }

    @Override
    protected Recorded submit() {
        return commands.withdrawConsent(context.caseId(), consent.consentId(), withdrawnOn.getValue(),
                Fields.value(note), context.actor());
    }
}
