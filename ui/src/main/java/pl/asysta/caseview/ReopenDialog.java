package pl.asysta.caseview;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.domain.ClosureStep.ReopenCase;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** Reopens a closed case with a reason; it returns to intake and needs a request and an assignment again. */
class ReopenDialog extends CommandDialog {

    private final CaseContext context;
    private final TextArea reason = Fields.text(getTranslation("reopen.reason"), true);

    ReopenDialog(CaseContext context) {
        super("reopen.title", context.services().errors());
        this.context = context;
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
    protected void submit() {
        context.services().commands().take(context.caseId(), new ReopenCase(Fields.value(reason)), context.actor());
    }
}
