package pl.asysta.security.oidc;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import pl.asysta.i18n.LanguageSwitch;

/**
 * Shown instead of Keycloak's sign-in page when Keycloak cannot be reached: a translated sentence that the
 * problem is on the portal's side and passes, and a link that tries again. Open to everyone, since nobody can
 * sign in at that moment.
 */
@Route(value = SignInUnavailableView.ROUTE, autoLayout = false)
@AnonymousAllowed
class SignInUnavailableView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    static final String ROUTE = "sign-in-unavailable";

    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private final Anchor retry = new Anchor(OidcSecurityConfiguration.LOGIN_PAGE.substring(1), "");

    SignInUnavailableView() {
        addClassName("error-page");
        retry.setRouterIgnore(true);
        retry.setId("sign-in-retry");
        add(new LanguageSwitch(), heading, explanation, retry);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("sign-in-unavailable.title"));
        explanation.setText(getTranslation("sign-in-unavailable.text"));
        retry.setText(getTranslation("sign-in-unavailable.retry"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("sign-in-unavailable.title"));
    }
}
