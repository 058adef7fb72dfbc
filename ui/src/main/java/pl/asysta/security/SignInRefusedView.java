package pl.asysta.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import pl.asysta.i18n.LanguageSwitch;

/**
 * Tells a person whom the identity provider let in but the portal cannot place (no portal role, no institution)
 * what is missing and whom to ask, and lets them sign out to try another account. An error page, so open to any
 * signed-in person.
 */
@Route(value = SignInOutcome.Refused.ROUTE, autoLayout = false)
@PermitAll
class SignInRefusedView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient CurrentActor currentActor;
    private final H1 heading = new H1();
    private final Paragraph reason = new Paragraph();
    private final Paragraph advice = new Paragraph();
    private final Button signOut = new Button();
    private SignInOutcome.RefusalReason refusal = SignInOutcome.RefusalReason.NO_KNOWN_ROLE;

    SignInRefusedView(CurrentActor currentActor, AuthenticationContext authentication) {
        this.currentActor = currentActor;
        addClassName("sign-in-refused");
        signOut.addClickListener(click -> authentication.logout());
        add(new LanguageSwitch(), heading, reason, advice, signOut);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        switch (currentActor.outcome().orElse(null)) {
            case SignInOutcome.Refused refused -> refusal = refused.reason();
            case null, default -> event.forwardTo("");
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("refused.title"));
        reason.setText(getTranslation("refused.reason." + refusal.name()));
        advice.setText(getTranslation("refused.advice"));
        signOut.setText(getTranslation("shell.sign-out"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("refused.title"));
    }
}
