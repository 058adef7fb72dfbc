package pl.asysta.caseview;

import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.domain.IntakeStep.RequestAssistant;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** The social worker asks the head of the centre for an assistant, saying why the family needs one. */
class RequestAssistantDialog extends CommandDialog {

    private final CaseContext context;
    private final TextArea justification = Fields.text(getTranslation("request.justification"), true);

    RequestAssistantDialog(CaseContext context) {
        super("request.title", context.services().errors());
        this.context = context;
        justification.setId("request-justification");
        form.add(justification, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(justification);
    }

    @Override
    protected void submit() {
        context.services().commands().take(context.caseId(), new RequestAssistant(Fields.value(justification)),
                context.actor());
    }
}
