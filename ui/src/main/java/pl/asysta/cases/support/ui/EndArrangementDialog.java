package pl.asysta.cases.support.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.support.ArrangementRow;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** The agreement ends before its last day: on which day and why. What was logged and claimed stays. */
class EndArrangementDialog extends CommandDialog {

    private final OpenCase context;
    private final transient SupportCommands commands;
    private final transient ArrangementRow arrangement;
    final DatePicker endedOn = Dates.picker(getTranslation("supporting.end.date"), true);
    final TextArea reason = Fields.text(getTranslation("supporting.end.reason"), true);

    EndArrangementDialog(OpenCase context, ArrangementRow arrangement, SupportCommands commands,
                         ErrorMessages errors) {
        super("supporting.end.title", errors, arrangement.householdName());
        this.context = context;
        this.commands = commands;
        this.arrangement = arrangement;
        endedOn.setId("support-end-date");
        endedOn.setValue(context.today());
        reason.setId("support-end-reason");
        form.add(endedOn);
        form.add(reason, 2);
        saveText("supporting.case.end");
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.notAfter(endedOn, context.today()).required(reason);
    }

    @Override
    protected Recorded submit() {
        return commands.endArrangement(arrangement.arrangementId(), endedOn.getValue(), Fields.value(reason),
                context.actor());
    }
}
