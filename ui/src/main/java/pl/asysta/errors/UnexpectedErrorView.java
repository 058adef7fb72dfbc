package pl.asysta.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

import pl.asysta.i18n.LanguageSwitch;

/** Shown when opening a page fails: a translated sentence and an incident number, never the stack trace. */
@AnonymousAllowed
class UnexpectedErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final transient ErrorMessages messages;
    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private final Anchor home = new Anchor("", "");

    UnexpectedErrorView(ErrorMessages messages) {
        this.messages = messages;
        addClassName("error-page");
        add(new LanguageSwitch(), heading, explanation, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        heading.setText(getTranslation("error.title"));
        explanation.setText(messages.describe(parameter.getCaughtException(), getLocale()));
        home.setText(getTranslation("error.home"));
        return ErrorMessages.ruleViolation(parameter.getCaughtException()).isPresent()
                ? HttpServletResponse.SC_CONFLICT
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("error.title"));
    }
}
