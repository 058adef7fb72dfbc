package pl.asysta.start;

import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.OpinionRequestRow;
import pl.asysta.caseview.CaseServices;
import pl.asysta.forms.ReasonDialog;
import pl.asysta.shared.Actor;

/** The court no longer needs an opinion it asked for, and says why; the centre stops working on it. */
class WithdrawRequestDialog extends ReasonDialog {

    WithdrawRequestDialog(CaseServices services, OpinionCommands commands, OpinionRequestRow request, Actor actor) {
        super("court.withdraw.dialog.title", services.errors(), request.reference().value());
        saveText("court.withdraw.save");
        asks(getTranslation("court.withdraw.reason"), "court-withdraw-reason",
                reason -> commands.withdraw(request.requestId(), reason, actor));
    }
}
