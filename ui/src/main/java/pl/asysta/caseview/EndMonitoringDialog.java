package pl.asysta.caseview;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.domain.ClosureStep.EndMonitoring;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;

/** Ends the monitoring period with its outcome; the case is then closed for good unless reopened. */
class EndMonitoringDialog extends CommandDialog {

    private final CaseContext context;
    private final ComboBox<MonitoringOutcome> outcome = new ComboBox<>();
    private final TextArea note = Fields.text(getTranslation("end-monitoring.note"), false);

    EndMonitoringDialog(CaseContext context) {
        super("end-monitoring.title", context.services().errors());
        this.context = context;
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
    protected void submit() {
        context.services().commands().take(context.caseId(), new EndMonitoring(outcome.getValue(), Fields.value(note)),
                context.actor());
    }
}
