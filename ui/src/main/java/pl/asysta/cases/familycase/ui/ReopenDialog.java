package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.ClosureStep.ReopenCase;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** Reopens a closed case with a reason; it returns to intake and needs a request and an assignment again. */
class ReopenDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final TextArea reason = Fields.text(getTranslation("reopen.reason"), true);

    ReopenDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("reopen.title", errors);
        this.context = context;
        this.commands = commands;
        Paragraph consequence = new Paragraph(getTranslation("reopen.consequence"));
        consequence.addClassName("form-hint");
        reason.setId("reopen-reason");
        form.add(consequence, 2);
        form.add(reason, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(reason);
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), new ReopenCase(Fields.value(reason)), context.actor());
    }
}
