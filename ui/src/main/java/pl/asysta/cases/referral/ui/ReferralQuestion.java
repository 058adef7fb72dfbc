package pl.asysta.cases.referral.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;

/** What the case team asked, shown above a reply so it is written with the question in view. */
final class ReferralQuestion {

    private ReferralQuestion() {
    }

    static Div of(ReferralRow referral) {
        Div question = new Div();
        question.addClassName("referral-question");
        Paragraph purpose = new Paragraph(new Span(referral.purpose()));
        purpose.add(" (" + Labels.of(Labels.DATA_CATEGORY, referral.category()) + ", "
                + I18NProvider.translate("inbox.deadline", Dates.format(referral.deadline())) + ")");
        question.add(purpose, new Paragraph(referral.question()));
        return question;
    }
}
