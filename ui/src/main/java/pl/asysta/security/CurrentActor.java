package pl.asysta.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import pl.asysta.shared.Actor;

/**
 * The person using the portal right now, as the domain's {@link Actor}. Views and facades ask this instead of
 * Spring Security, so neither knows whether the person came through a demo account or Keycloak.
 */
@Component
public class CurrentActor {

    /** The signed-in actor; empty for an anonymous visitor or a refused account. */
    public Optional<Actor> get() {
        return outcome()
                .filter(SignInOutcome.Admitted.class::isInstance)
                .map(outcome -> ((SignInOutcome.Admitted) outcome).actor());
    }

    /** The signed-in actor, for code that only runs behind a role check. */
    public Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in actor"));
    }

    /** What the sign-in produced; empty when nobody is signed in. */
    public Optional<SignInOutcome> outcome() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.signInOutcome());
        }
        return Optional.of(new SignInOutcome.Refused(SignInOutcome.RefusalReason.NO_KNOWN_ROLE));
    }
}
