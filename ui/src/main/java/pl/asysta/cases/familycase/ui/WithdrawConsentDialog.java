package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.IntakeStep.WithdrawConsent;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/**
 * The family withdraws its consent. Without a court order that ends the assistance: the case closes with reason
 * "consent withdrawn" and its monitoring period starts, so the dialog says so and asks for the period's length.
 * After the work has ended the withdrawal is only recorded.
 */
class WithdrawConsentDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final DatePicker withdrawnOn = Dates.picker(getTranslation("withdraw.date"), true);
    private final TextArea note = Fields.text(getTranslation("withdraw.note"), false);
    private final IntegerField months = Fields.number(getTranslation("close.monitoring-months"),
            CaseRules.MIN_MONITORING_MONTHS, CaseRules.MAX_MONITORING_MONTHS, 6);

    WithdrawConsentDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("withdraw.title", errors);
        this.context = context;
        this.commands = commands;
        boolean workGoesOn = context.status() == CaseStatus.INTAKE || context.status() == CaseStatus.ACTIVE;
        boolean endsAssistance = workGoesOn
                && CaseRules.consentWithdrawalEndsAssistance(context.details().courtOrder() != null);
        String consequenceKey = !workGoesOn ? "withdraw.after-closure"
                : endsAssistance ? "withdraw.ends" : "withdraw.continues";
        Paragraph consequence = new Paragraph(getTranslation(consequenceKey));
        consequence.addClassName("form-hint");
        withdrawnOn.setId("withdraw-date");
        withdrawnOn.setValue(context.today());
        note.setId("withdraw-note");
        months.setId("withdraw-monitoring-months");
        months.setVisible(endsAssistance);
        form.add(consequence, 2);
        form.add(withdrawnOn, months);
        form.add(note, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.notAfter(withdrawnOn, context.today()).required(months);
        MonitoringMonths.check(checks, months);
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), new WithdrawConsent(withdrawnOn.getValue(),
                Fields.value(note), months.getValue()), context.actor());
    }
}
