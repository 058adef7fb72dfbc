package pl.asysta.start;

import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.support.ClaimRow;
import pl.asysta.caseview.SupportItems;
import pl.asysta.caseview.SupportServices;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.shared.Actor;

/** The head rejects a claim; the household reads the reason next to it and may claim the month again. */
class RejectClaimDialog extends CommandDialog {

    final TextArea reason = Fields.text(getTranslation("supporting.decide.reason"), true);

    private final transient ClaimRow claim;
    private final transient SupportServices support;
    private final transient Actor actor;

    RejectClaimDialog(ClaimRow claim, SupportServices support, Actor actor) {
        super("supporting.decide.reject.title", support.cases().errors(), claim.familyName(),
                SupportItems.monthName(claim.month()));
        this.claim = claim;
        this.support = support;
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
    protected void submit() {
        support.commands().reject(claim.arrangementId(), claim.claimId(), Fields.value(reason), actor);
    }
}
