package pl.asysta.security.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal as Spring Boot's short "APPLICATION FAILED TO START" report instead of a stack trace. */
class DemoAccountsRefusedFailureAnalyzer extends AbstractFailureAnalyzer<DemoAccountsRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoAccountsRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start with the profile oidc (SPRING_PROFILES_ACTIVE=oidc) and a Keycloak realm, or, for a demo "
                        + "installation only, set asysta.demo-accounts=true.",
                cause);
    }
}
