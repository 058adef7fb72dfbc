package pl.asysta.security.oidc;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The Keycloak client registration, discovered from the issuer when it is first needed rather than at start-up.
 * Spring Boot's own repository reads the discovery document while the application starts, so an identity
 * provider that is down (or still starting) would keep the whole portal down; here the portal starts anyway, a
 * failed discovery is logged and retried on the next sign-in, and a successful one is kept.
 *
 * <p>Spring Security's {@code SupplierClientRegistrationRepository} is lazy too, but it lets the discovery
 * failure escape from every caller, sign-out included. This one answers "no such registration" instead, which
 * the sign-in turns into {@link SignInUnavailableView} and the sign-out into a plain local sign-out.
 */
final class LazyKeycloakRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(LazyKeycloakRegistrations.class);

    private final Supplier<Map<String, ClientRegistration>> discovery;
    private final AtomicReference<Map<String, ClientRegistration>> discovered = new AtomicReference<>();

    LazyKeycloakRegistrations(Supplier<Map<String, ClientRegistration>> discovery) {
        this.discovery = discovery;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Map<String, ClientRegistration> registrations = discovered.get();
        if (registrations == null) {
            try {
                registrations = discovery.get();
            } catch (RuntimeException unreachable) {
                log.warn("The identity provider cannot be reached for sign-in ({}); will try again on the next sign-in",
                        unreachable.getMessage());
                return null;
            }
            discovered.compareAndSet(null, registrations);
        }
        return registrations.get(registrationId);
    }
}
