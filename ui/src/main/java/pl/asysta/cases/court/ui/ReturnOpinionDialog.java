package pl.asysta.cases.court.ui;

import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.ReasonDialog;
import pl.asysta.shared.Actor;

/** The head returns a submitted opinion to its drafter, saying what to change. */
class ReturnOpinionDialog extends ReasonDialog {

    ReturnOpinionDialog(ErrorMessages errors, OpinionCommands opinions, OpinionRequestId requestId, Actor actor) {
        super("opinion.return.dialog.title", errors);
        saveText("opinion.return.save");
        asks(getTranslation("opinion.return.comments"), "opinion-return-comments",
                comments -> opinions.returnForChanges(requestId, comments, actor));
    }
}
