package pl.asysta.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

import pl.asysta.i18n.LanguageSwitch;

/**
 * Shown for an address that does not exist and for a page the person's role does not open: Vaadin's access
 * control answers both the same way, so nobody learns which pages exist for other roles.
 */
@AnonymousAllowed
class PageNotAvailableView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private final Anchor home = new Anchor("", "");

    PageNotAvailableView() {
        addClassName("error-page");
        add(new LanguageSwitch(), heading, explanation, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        heading.setText(getTranslation("error.not-available.title"));
        explanation.setText(getTranslation("error.not-available.text"));
        home.setText(getTranslation("error.home"));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("error.not-available.title"));
    }
}
