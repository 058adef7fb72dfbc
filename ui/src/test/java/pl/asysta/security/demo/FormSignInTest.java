package pl.asysta.security.demo;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import pl.asysta.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The real sign-in form over HTTP, as a browser posts it. */
@PortalTest
class FormSignInTest {

    @LocalServerPort
    int port;

    HttpClient browser;

    @BeforeEach
    void freshBrowser() {
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void a_visitor_is_sent_to_the_sign_in_page() throws Exception {
        HttpResponse<String> response = get("/assistant");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo(url("/login"));
    }

    @Test
    void the_sign_in_page_is_polish_even_for_an_english_browser() throws Exception {
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(URI.create(url("/login"))).header("Accept-Language", "en-GB,en;q=0.9").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"pl\"");
    }

    @Test
    void the_sign_in_page_remembers_english_from_the_language_cookie() throws Exception {
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(URI.create(url("/login"))).header("Cookie", "asysta-language=en").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).contains("<html lang=\"en\"");
    }

    @Test
    void the_right_password_signs_in_and_opens_the_portal() throws Exception {
        HttpResponse<String> signIn = signIn("asystent", DemoAccounts.PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(location(signIn)).isEqualTo(url("/"));
        HttpResponse<String> portal = get("/assistant");
        assertThat(portal.statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_is_refused_and_the_portal_stays_closed() throws Exception {
        HttpResponse<String> signIn = signIn("asystent", "wrong");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(location(signIn)).isEqualTo(url("/login?error"));
        assertThat(get("/assistant").statusCode()).isEqualTo(302);
    }

    @Test
    void an_unknown_user_is_refused() throws Exception {
        HttpResponse<String> signIn = signIn("nikt", DemoAccounts.PASSWORD);

        assertThat(location(signIn)).isEqualTo(url("/login?error"));
    }

    private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
