package pl.asysta.start;

import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.OpinionRequestRow;
import pl.asysta.caseview.CaseServices;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.shared.Actor;

/** The court no longer needs an opinion it asked for, and says why; the centre stops working on it. */
class WithdrawRequestDialog extends CommandDialog {

    private final transient OpinionCommands commands;
    private final OpinionRequestRow request;
    private final transient Actor actor;
    private final TextArea reason = Fields.text(getTranslation("court.withdraw.reason"), true);

    WithdrawRequestDialog(CaseServices services, OpinionCommands commands, OpinionRequestRow request, Actor actor) {
        super("court.withdraw.dialog.title", services.errors(), request.reference().value());
        this.commands = commands;
        this.request = request;
        this.actor = actor;
        saveText("court.withdraw.save");
        reason.setId("court-withdraw-reason");
        form.add(reason, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(reason);
    }

    @Override
    protected void submit() {
        commands.withdraw(request.requestId(), Fields.value(reason), actor);
    }
}
