package pl.asysta.security.demo;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import pl.asysta.database.NoExternalDatabase;

/**
 * When the demo sign-in may run. Demo accounts have a published password, so they belong only to a demo
 * installation: the embedded default database, or an installation that says so with
 * {@code asysta.demo-accounts=true}. With the {@code oidc} profile people sign in through Keycloak and the demo
 * accounts do not exist at all.
 */
public final class DemoAccountsPolicy {

    public static final String OIDC_PROFILE = "oidc";
    public static final String DEMO_SWITCH = "asysta.demo-accounts";

    public static final String REFUSAL = "Demo accounts are refused with an external database: sign in through "
            + "Keycloak (profile oidc) or set asysta.demo-accounts=true for a demo installation.";

    private DemoAccountsPolicy() {
    }

    public static boolean demoSignInActive(Environment environment) {
        return !environment.acceptsProfiles(Profiles.of(OIDC_PROFILE));
    }

    public static boolean demoAccountsAllowed(Environment environment) {
        return NoExternalDatabase.isEmbedded(environment)
                || environment.getProperty(DEMO_SWITCH, Boolean.class, false);
    }

    /** Throws {@link DemoAccountsRefused} when the demo sign-in would run where it is not allowed. */
    public static void check(Environment environment) {
        if (demoSignInActive(environment) && !demoAccountsAllowed(environment)) {
            throw new DemoAccountsRefused(REFUSAL);
        }
    }
}
