package pl.asysta.demo;

import org.springframework.core.env.Environment;

import pl.asysta.database.NoExternalDatabase;

/**
 * When the demo gmina is seeded (ADR 0008): whatever {@code asysta.demo-data} says when it is set; otherwise
 * only on the embedded default database that keeps its data, which is what someone trying the portal runs.
 * Tests run on a throw-away embedded database ({@code asysta.embedded-database.ephemeral=true}) and get no demo
 * data unless they ask for it; an installation with its own database never gets it unless it asks.
 */
final class DemoDataPolicy {

    static final String SWITCH = "asysta.demo-data";

    private DemoDataPolicy() {
    }

    static boolean seeds(Environment environment) {
        Boolean explicit = environment.getProperty(SWITCH, Boolean.class);
        if (explicit != null) {
            return explicit;
        }
        return NoExternalDatabase.isEmbedded(environment)
                && !environment.getProperty("asysta.embedded-database.ephemeral", Boolean.class, false);
    }
}
