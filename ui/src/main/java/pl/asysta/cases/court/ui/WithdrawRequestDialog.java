package pl.asysta.cases.court.ui;

import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.OpinionRequestRow;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.ReasonDialog;
import pl.asysta.shared.Actor;

/** The court no longer needs an opinion it asked for, and says why; the centre stops working on it. */
class WithdrawRequestDialog extends ReasonDialog {

    WithdrawRequestDialog(ErrorMessages errors, OpinionCommands commands, OpinionRequestRow request, Actor actor) {
        super("court.withdraw.dialog.title", errors, request.reference().value());
        saveText("court.withdraw.save");
        asks(getTranslation("court.withdraw.reason"), "court-withdraw-reason",
                reason -> commands.withdraw(request.requestId(), reason, actor));
    }
}
