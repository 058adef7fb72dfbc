package pl.asysta.security.oidc;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import pl.asysta.AsystaApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak is down (nothing listens at the issuer's port): the portal still starts, and a sign-in ends on the
 * page that says the sign-in service cannot be reached, not on an error.
 */
@SpringBootTest(classes = AsystaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "asysta.oidc.issuer-uri=http://localhost:9/realms/asysta")
@ActiveProfiles("oidc")
class KeycloakUnreachableTest {

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void a_sign_in_while_keycloak_is_down_is_sent_to_the_unavailable_page() throws Exception {
        HttpResponse<Void> portal = get("/assistant");
        assertThat(location(portal)).isEqualTo(url("/oauth2/authorization/keycloak"));

        HttpResponse<Void> signIn = get("/oauth2/authorization/keycloak");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(location(signIn)).isEqualTo(url("/sign-in-unavailable"));
        assertThat(get("/sign-in-unavailable").statusCode()).isEqualTo(200);
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
}
