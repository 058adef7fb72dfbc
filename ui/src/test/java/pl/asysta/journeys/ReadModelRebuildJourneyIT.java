package pl.asysta.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import pl.asysta.AsystaApplication;
import pl.asysta.i18n.Translations;

/**
 * The administrator rebuilds the read models of the demo gmina (a year of history of its families, their
 * consents, grants and referrals) in the production build and a real browser: from the start page to the
 * rebuild page, a confirmation, the progress, and the outcome that the rebuilt read models equal the live ones,
 * table by table. The auditor then finds the administrator's run among the earlier rebuilds. axe-core finds
 * nothing on the page, with the dialog open, or on the outcome.
 */
@SpringBootTest(classes = AsystaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "asysta.demo-data=true")
@ExtendWith(Chromium.class)
class ReadModelRebuildJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Translations translations;

    @Test
    void the_administrator_rebuilds_the_demo_gminas_read_models_and_sees_that_they_equal_the_live_ones(
            Browser browser) {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = portal().signIn(context, "admin");
            page.locator("#read-model-rebuild-link").click();
            assertThat(page.locator("h1")).hasText(polish("rebuild.title"));
            assertThat(page.locator("#rebuild-phase")).hasCount(0);
            Accessibility.assertNoViolations(page);

            page.locator("#rebuild-start").click();
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(1);
            assertThat(page.getByText(polish("rebuild.confirm.text"))).isVisible();
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "rebuild-confirm-dialog");

            page.locator("#rebuild-confirm").click();
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
            assertThat(page.locator("#rebuild-phase")).hasText(polish("rebuild.outcome.EQUAL"),
                    new LocatorAssertions.HasTextOptions().setTimeout(120_000));
            assertThat(page.locator("#rebuild-tables")).containsText("case_timeline");
            assertThat(page.locator("#rebuild-tables")).not().containsText(polish("rebuild.table.different"));
            assertThat(page.locator("#rebuild-summary")).containsText("Paweł Woźniak");
            assertThat(page.locator("#rebuild-start")).isEnabled();
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "rebuild-outcome");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = portal().signIn(context, "audytor");
            page.locator("#read-model-rebuild-link").click();
            assertThat(page.locator("#rebuild-runs")).containsText("Paweł Woźniak");
            assertThat(page.locator("#rebuild-runs")).containsText(polish("rebuild.result.EQUAL"));
            Accessibility.assertNoViolations(page);
        }
    }

    private String polish(String key, Object... arguments) {
        return portal().polish(key, arguments);
    }

    private DemoPortal portal() {
        return new DemoPortal(port, translations);
    }
}
