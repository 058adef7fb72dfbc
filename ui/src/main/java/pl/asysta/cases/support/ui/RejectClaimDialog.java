package pl.asysta.cases.support.ui;

import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.support.ClaimRow;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.shared.Actor;

/** The head rejects a claim; the household reads the reason next to it and may claim the month again. */
class RejectClaimDialog extends CommandDialog {

    final TextArea reason = Fields.text(getTranslation("supporting.decide.reason"), true);

    private final transient ClaimRow claim;
    private final transient SupportCommands commands;
    private final transient Actor actor;

    RejectClaimDialog(ClaimRow claim, SupportCommands commands, ErrorMessages errors, Actor actor) {
        super("supporting.decide.reject.title", errors, claim.familyName(), SupportItems.monthName(claim.month()));
        this.claim = claim;
        this.commands = commands;
        this.actor = actor;
        reason.setId("reject-claim-reason");
        reason.setHelperText(getTranslation("supporting.decide.reason.hint"));
        form.add(reason, 2);
        saveText("supporting.decide.reject");
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(reason);
    }

    @Override
    protected Recorded submit() {
        return commands.reject(claim.arrangementId(), claim.claimId(), Fields.value(reason), actor);
    }
}
