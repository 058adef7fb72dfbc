package pl.asysta.caseview;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.domain.ClosureStep.RecordMonitoringEntry;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** An entry of the monitoring period after closure: how the family is doing. */
class MonitoringEntryDialog extends CommandDialog {

    private final CaseContext context;
    private final DatePicker date = Dates.picker(getTranslation("monitoring.date"), true);
    private final TextArea notes = Fields.text(getTranslation("monitoring.notes"), true);

    MonitoringEntryDialog(CaseContext context) {
        super("monitoring.title", context.services().errors());
        this.context = context;
        date.setId("monitoring-date");
        date.setValue(context.today());
        notes.setId("monitoring-notes");
        form.add(date);
        form.add(notes, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.notAfter(date, context.today()).required(notes);
    }

    @Override
    protected void submit() {
        context.services().commands().take(context.caseId(), new RecordMonitoringEntry(date.getValue(),
                Fields.value(notes)), context.actor());
    }
}
