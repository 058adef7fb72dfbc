package pl.asysta.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import pl.asysta.AsystaApplication;
import pl.asysta.i18n.Translations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo installation (no Keycloak): the portal's own sign-in page and the assistant's start page, in the
 * production build a centre would run, scanned with axe-core.
 */
@SpringBootTest(classes = AsystaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class DemoSignInJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    Translations translations;

    @Autowired
    ServletContext servletContext;

    @Test
    void the_browser_tests_see_the_production_build() {
        assertThat(ApplicationConfiguration.get(new VaadinServletContext(servletContext)).isProductionMode())
                .as("Vaadin production mode (no development tools, the production bundle)").isTrue();
    }

    @Test
    void an_assistant_signs_in_with_a_demo_account_and_signs_out(Browser browser) {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.waitForURL(url("/login"));
            assertThat(page.locator("h1")).hasText(polish("app.name"));
            assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "sign-in-demo");

            page.getByLabel(polish("login.form.username")).fill("asystent");
            page.getByLabel(polish("login.form.password")).fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(polish("login.form.submit")).setExact(true))
                    .click();

            page.waitForURL(url -> url.startsWith(url("/assistant")));
            assertThat(page.locator("h1")).hasText(polish("start.FAMILY_ASSISTANT.title"));
            assertThat(page.locator("#signed-in-person")).containsText("Anna Kowalska");
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "start-family-assistant-demo");

            page.locator("#sign-out").click();
            page.waitForURL(url -> url.startsWith(url("/login")));
            page.navigate(url("/assistant"));
            page.waitForURL(url -> url.startsWith(url("/login")));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String polish(String key) {
        return translations.getTranslation(key, Translations.POLISH);
    }
}
