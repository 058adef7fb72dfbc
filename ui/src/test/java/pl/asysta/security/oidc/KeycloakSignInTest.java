package pl.asysta.security.oidc;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

import pl.asysta.AsystaApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal with the {@code oidc} profile, on the throw-away embedded PostgreSQL. The Keycloak
 * registration is replaced by an in-memory one with fixed endpoints, so nothing is discovered and no Keycloak
 * is needed; the test follows the portal only up to the redirect to Keycloak.
 */
@SpringBootTest(classes = {AsystaApplication.class, KeycloakSignInTest.FixedKeycloak.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("oidc")
class KeycloakSignInTest {

    private static final String REALM = "http://localhost:8180/realms/asysta/protocol/openid-connect";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void a_visitor_is_sent_to_keycloak() throws Exception {
        HttpResponse<Void> portal = get("/assistant");
        assertThat(portal.statusCode()).isEqualTo(302);
        assertThat(location(portal)).isEqualTo(url("/oauth2/authorization/keycloak"));

        HttpResponse<Void> authorization = get("/oauth2/authorization/keycloak");

        assertThat(authorization.statusCode()).isEqualTo(302);
        assertThat(location(authorization))
                .startsWith(REALM + "/auth?")
                .contains("client_id=asysta-portal")
                .contains("code_challenge=")
                .contains("code_challenge_method=S256");
    }

    @Test
    void there_is_no_demo_sign_in_page() {
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(context.getServletContext()));

        assertThat(routes.getNavigationTarget("login")).isEmpty();
        assertThat(routes.getNavigationTarget("assistant")).isPresent();
    }

    private HttpResponse<Void> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.discarding());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedKeycloak {

        @Bean
        @Primary
        ClientRegistrationRepository keycloakWithoutDiscovery() {
            return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("keycloak")
                    .clientId("asysta-portal")
                    .clientSecret("test-secret")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile", "email")
                    .authorizationUri(REALM + "/auth")
                    .tokenUri(REALM + "/token")
                    .jwkSetUri(REALM + "/certs")
                    .userInfoUri(REALM + "/userinfo")
                    .userNameAttributeName("preferred_username")
                    .issuerUri("http://localhost:8180/realms/asysta")
                    .build());
        }
    }
}
