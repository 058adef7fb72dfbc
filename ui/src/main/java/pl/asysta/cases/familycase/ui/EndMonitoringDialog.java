package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.ClosureStep.EndMonitoring;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;

/** Ends the monitoring period with its outcome; the case is then closed for good unless reopened. */
class EndMonitoringDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final ComboBox<MonitoringOutcome> outcome = new ComboBox<>();
    private final TextArea note = Fields.text(getTranslation("end-monitoring.note"), false);

    EndMonitoringDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("end-monitoring.title", errors);
        this.context = context;
        this.commands = commands;
        outcome.setId("end-monitoring-outcome");
        outcome.setLabel(getTranslation("end-monitoring.outcome"));
        outcome.setItems(MonitoringOutcome.values());
        outcome.setItemLabelGenerator(value -> Labels.of(Labels.MONITORING_OUTCOME, value));
        outcome.setRequiredIndicatorVisible(true);
        note.setId("end-monitoring-note");
        form.add(outcome);
        form.add(note, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(outcome);
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), new EndMonitoring(outcome.getValue(), Fields.value(note)),
                context.actor());
    }
}
