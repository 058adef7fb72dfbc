package pl.asysta.caseview;

import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.shared.Actor;

/** The head returns a submitted opinion to its drafter, saying what to change. */
class ReturnOpinionDialog extends CommandDialog {

    private final transient OpinionCommands opinions;
    private final OpinionRequestId requestId;
    private final transient Actor actor;
    private final TextArea comments = Fields.text(getTranslation("opinion.return.comments"), true);

    ReturnOpinionDialog(ErrorMessages errors, OpinionCommands opinions, OpinionRequestId requestId, Actor actor) {
        super("opinion.return.dialog.title", errors);
        this.opinions = opinions;
        this.requestId = requestId;
        this.actor = actor;
        saveText("opinion.return.save");
        comments.setId("opinion-return-comments");
        form.add(comments, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(comments);
    }

    @Override
    protected void submit() {
        opinions.returnForChanges(requestId, Fields.value(comments), actor);
    }
}
