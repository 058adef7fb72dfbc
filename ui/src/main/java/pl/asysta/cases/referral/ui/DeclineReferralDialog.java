package pl.asysta.cases.referral.ui;

import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.shared.Actor;

/**
 * The institution turns a referral down. The reason is required: the case team reads it in the case and must know
 * whom to ask instead.
 */
class DeclineReferralDialog extends CommandDialog {

    private final transient ReferralCommands commands;
    private final transient ReferralRow referral;
    private final transient Actor actor;
    private final TextArea reason = Fields.text(getTranslation("inbox.decline.reason"), true);

    DeclineReferralDialog(ErrorMessages errors, ReferralCommands commands, ReferralRow referral, Actor actor) {
        super("inbox.decline.title", errors, referral.familyName());
        this.commands = commands;
        this.referral = referral;
        this.actor = actor;
        saveText("inbox.decline.save");
        reason.setId("decline-reason");
        reason.setHelperText(getTranslation("inbox.decline.reason.hint"));
        form.add(ReferralQuestion.of(referral), 2);
        form.add(reason, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(reason);
    }

    @Override
    protected Recorded submit() {
        return commands.decline(referral.referralId(), Fields.value(reason), actor);
    }
}
