package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.ClosureStep.CloseCase;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;

/**
 * Ends the work with the family with a reason and a summary, and opens the monitoring period whose length the
 * assistant chooses here (uwr art. 15 ust. 1 pkt 16); the family leaves the assistant's caseload.
 */
class CloseCaseDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final ComboBox<ClosureReason> reason = new ComboBox<>();
    private final TextArea summary = Fields.text(getTranslation("close.summary"), true);
    private final DatePicker closedOn = Dates.picker(getTranslation("close.date"), true);
    private final IntegerField months = Fields.number(getTranslation("close.monitoring-months"),
            CaseRules.MIN_MONITORING_MONTHS, CaseRules.MAX_MONITORING_MONTHS, 6);

    CloseCaseDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("close.title", errors);
        this.context = context;
        this.commands = commands;
        reason.setId("close-reason");
        reason.setLabel(getTranslation("close.reason"));
        reason.setItems(ClosureReason.values());
        reason.setItemLabelGenerator(value -> Labels.of(Labels.CLOSURE_REASON, value));
        reason.setRequiredIndicatorVisible(true);
        closedOn.setId("close-date");
        closedOn.setValue(context.today());
        months.setId("close-monitoring-months");
        months.setHelperText(getTranslation("monitoring.months.hint", CaseRules.MIN_MONITORING_MONTHS,
                CaseRules.MAX_MONITORING_MONTHS));
        summary.setId("close-summary");
        form.add(reason, closedOn);
        form.add(summary, 2);
        form.add(months);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(reason).required(summary).notAfter(closedOn, context.today()).required(months);
        MonitoringMonths.check(checks, months);
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), new CloseCase(reason.getValue(), Fields.value(summary),
                closedOn.getValue(), months.getValue()), context.actor());
    }
}
