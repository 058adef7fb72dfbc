package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.IntakeStep.RequestAssistant;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** The social worker asks the head of the centre for an assistant, saying why the family needs one. */
class RequestAssistantDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final TextArea justification = Fields.text(getTranslation("request.justification"), true);

    RequestAssistantDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("request.title", errors);
        this.context = context;
        this.commands = commands;
        justification.setId("request-justification");
        form.add(justification, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(justification);
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), new RequestAssistant(Fields.value(justification)),
                context.actor());
    }
}
