package pl.asysta.security;

import java.util.Objects;

import pl.asysta.shared.Actor;

/**
 * What the portal made of a signed-in person: an {@link Actor} it can work with, or a refusal with the reason
 * the person is shown (an identity-provider account without a portal role or institution is a configuration
 * gap, not an error, so it deserves a sentence rather than a crash).
 */
public sealed interface SignInOutcome {

    record Admitted(Actor actor) implements SignInOutcome {
        public Admitted {
            Objects.requireNonNull(actor);
        }
    }

    record Refused(RefusalReason reason) implements SignInOutcome {

        /** Where a refused person is told why. */
        public static final String ROUTE = "sign-in-refused";

        public Refused {
            Objects.requireNonNull(reason);
        }
    }

    /** Why a signed-in account cannot use the portal; the translation key is {@code refused.reason.NAME}. */
    enum RefusalReason {
        NO_KNOWN_ROLE,
        NO_INSTITUTION,
        SEVERAL_INSTITUTIONS
    }
}
