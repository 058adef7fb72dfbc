package pl.asysta.cases.referral.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.shared.Actor;

/**
 * The institution answers a referral it accepted. The answer becomes part of the case in the referral's category,
 * dated the day it was given (today unless it was given earlier, on paper or by phone).
 */
class AnswerReferralDialog extends CommandDialog {

    private final transient ReferralCommands commands;
    private final transient ReferralRow referral;
    private final transient Actor actor;
    private final LocalDate today;
    private final TextArea answer = Fields.text(getTranslation("inbox.answer.text"), true);
    private final DatePicker answeredOn = Dates.picker(getTranslation("inbox.answer.date"), true);

    AnswerReferralDialog(ErrorMessages errors, ReferralCommands commands, ReferralRow referral, Actor actor,
                         LocalDate today) {
        super("inbox.answer.title", errors, referral.familyName());
        this.commands = commands;
        this.referral = referral;
        this.actor = actor;
        this.today = today;
        saveText("inbox.answer.save");
        answer.setId("answer-text");
        answeredOn.setId("answer-date");
        answeredOn.setValue(today);
        answeredOn.setMax(today);
        form.add(ReferralQuestion.of(referral), 2);
        form.add(answer, 2);
        form.add(answeredOn);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(answer).notAfter(answeredOn, today);
    }

    @Override
    protected Recorded submit() {
        return commands.answer(referral.referralId(), Fields.value(answer), answeredOn.getValue(), actor);
    }
}
