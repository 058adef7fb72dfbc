package pl.asysta.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.asysta.AsystaApplication;
import pl.asysta.i18n.Translations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Keycloak is down: the portal has started anyway, and a person who comes to sign in reads, in their language,
 * that the sign-in service cannot be reached and to try again later, instead of an error page.
 */
@SpringBootTest(classes = AsystaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("oidc")
@ExtendWith(Chromium.class)
class SignInUnavailableIT {

    @LocalServerPort
    int port;

    @Autowired
    Translations translations;

    @DynamicPropertySource
    static void keycloakThatIsNotThere(DynamicPropertyRegistry registry) {
        registry.add("asysta.oidc.issuer-uri", () -> "http://localhost:" + KeycloakServer.freePort() + "/realms/asysta");
    }

    @Test
    void a_person_is_told_that_sign_in_is_unavailable_in_polish_or_english(Browser browser) {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = context.newPage();
            page.navigate(url("/assistant"));

            page.waitForURL(url -> url.startsWith(url("/sign-in-unavailable")));
            assertThat(page.locator("h1")).hasText(text("sign-in-unavailable.title", Translations.POLISH));
            assertThat(page.locator("main p")).hasText(text("sign-in-unavailable.text", Translations.POLISH));
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "sign-in-unavailable");

            page.locator("#sign-in-retry").click();
            page.waitForURL(url -> url.startsWith(url("/sign-in-unavailable")));
            page.locator("#language-switch").click();
            assertThat(page.locator("h1")).hasText(text("sign-in-unavailable.title", Translations.ENGLISH));
            Accessibility.assertNoViolations(page);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String text(String key, java.util.Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
