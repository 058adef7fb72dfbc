package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.ClosureStep.RecordMonitoringEntry;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** An entry of the monitoring period after closure: how the family is doing. */
class MonitoringEntryDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final DatePicker date = Dates.picker(getTranslation("monitoring.date"), true);
    private final TextArea notes = Fields.text(getTranslation("monitoring.notes"), true);

    MonitoringEntryDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("monitoring.title", errors);
        this.context = context;
        this.commands = commands;
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
    protected Recorded submit() {
        return commands.take(context.caseId(), new RecordMonitoringEntry(date.getValue(),
                Fields.value(notes)), context.actor());
    }
}
