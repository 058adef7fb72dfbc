package pl.asysta.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import pl.asysta.security.CurrentActor;
import pl.asysta.security.SignInOutcome;

/**
 * The portal's address: shows nothing, sends a signed-in person on to their primary role's start page, or to the
 * sign-in refusal when the identity provider gave them no portal role or institution. It is open to every
 * signed-in person because it decides where they go; each destination checks its own role.
 */
@Route(value = "", autoLayout = false)
@PermitAll
class RootView extends Div implements BeforeEnterObserver {

    private final transient CurrentActor currentActor;

    RootView(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentActor.get().ifPresentOrElse(
                actor -> event.forwardTo(StartPages.of(actor.primaryRole()).view()),
                () -> event.forwardTo(SignInOutcome.Refused.ROUTE));
    }
}
