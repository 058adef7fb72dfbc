package pl.asysta.journeys;

import java.time.Instant;
import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.asysta.AsystaApplication;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.Role;
import pl.asysta.start.StartPages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The portal with the {@code oidc} profile on a fixed free port, signing in through the test run's Keycloak,
 * and a fresh browser context (no cookies) for every test. All subclasses share one Spring context.
 */
@SpringBootTest(classes = {AsystaApplication.class, PortalSessions.Registration.class},
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("oidc")
@ExtendWith({Chromium.class, KeycloakExtension.class})
abstract class KeycloakJourney {

    static {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Autowired
    Translations translations;

    @Autowired
    PortalSessions portalSessions;

    KeycloakAdmin keycloak;
    BrowserContext browserContext;
    Page page;

    @DynamicPropertySource
    static void portalAndKeycloakAddresses(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> KeycloakExtension.PORTAL_PORT);
        registry.add("asysta.oidc.issuer-uri", KeycloakExtension::issuer);
    }

    @BeforeEach
    void freshBrowser(Browser browser, KeycloakServer server) {
        keycloak = new KeycloakAdmin(server);
        browserContext = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"));
        browserContext.setDefaultTimeout(30_000);
        page = browserContext.newPage();
    }

    @AfterEach
    void closeBrowser() {
        browserContext.close();
    }

    static String portal(String path) {
        return KeycloakExtension.portalUrl() + path;
    }

    static String startRoute(Role role) {
        return "/" + StartPages.of(role).view().getAnnotation(Route.class).value();
    }

    String polish(String key, Object... arguments) {
        return translations.getTranslation(key, Translations.POLISH, arguments);
    }

    /** Keycloak's sign-in form: the page a person sees when they must sign in. */
    void expectKeycloakSignInForm() {
        assertThat(page.locator("#kc-form-login")).isVisible();
        page.waitForURL(url -> url.startsWith(KeycloakExtension.issuer() + "/"));
    }

    /** Password, then (court, auditor, administrator) the current one-time password, as the person types them. */
    void signInOnKeycloak(RealmTestUser user) {
        typePassword(user.username(), RealmTestUser.PASSWORD);
        user.totpSecret().ifPresent(secret -> {
            assertThat(page.locator("#otp")).isVisible();
            page.locator("#otp").fill(Totp.code(secret, Instant.now()));
            page.locator("#kc-login").click();
        });
    }

    void typePassword(String username, String password) {
        expectKeycloakSignInForm();
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }

    void expectStartPage(Role role) {
        page.waitForURL(url -> url.startsWith(portal(startRoute(role))));
        assertThat(page.locator("h1")).hasText(polish("start." + role.name() + ".title"));
    }

    static String fileName(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
