package pl.asysta.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import pl.asysta.AsystaApplication;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.forms.Dates;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.CaseId;

/**
 * The auditor looks at a family of the demo gmina as its file stood a hundred days ago and compares it with
 * today, in the production build: the Wróbels' plan was revised twenty days ago, so the comparison marks the plan
 * version as changed and lists what was recorded since. axe-core finds nothing on the page with the form or with
 * the comparison. This journey runs on a portal that seeds the demo gmina (a year of history, each event recorded
 * on its day).
 */
@SpringBootTest(classes = AsystaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "asysta.demo-data=true")
@ExtendWith(Chromium.class)
class PointInTimeJourneyIT {

    private static final ZoneId CENTRE = ZoneId.of("Europe/Warsaw");
    private static final String FAMILY = "Wróbel";
    /** The demo gmina's fourth family, the Wróbels, by the id the demo script gives it. */
    private static final CaseId WROBEL = new CaseId(UUID.nameUUIDFromBytes(
            "asysta-demo-gmina/family/4".getBytes(StandardCharsets.UTF_8)).toString());

    @LocalServerPort
    int port;
    @Autowired
    Translations translations;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    TimelineQueries timeline;

    @BeforeEach
    void theDemoGminaIsOnTheReadSide() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> timeline.page(WROBEL,
                        TimelineFilter.types("WorkPlanAdopted"), 0, 10, DemoPortal.demo("audytor")).stream()
                .anyMatch(entry -> "2".equals(entry.subject())));
    }

    @Test
    void the_auditor_opens_a_demo_family_as_it_stood_a_hundred_days_ago_and_compares_it_with_today(
            Browser browser) {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        LocalDate then = LocalDate.now(CENTRE).minusDays(100);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = portal().signIn(context, "audytor");
            assertThat(page.locator("#pit-audit")).isVisible();
            Accessibility.assertNoViolations(page);

            page.locator("#pit-audit-family input").fill(FAMILY);
            page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(FAMILY)).first().click();
            page.locator("#pit-audit-open").click();
            page.waitForURL(url -> url.endsWith("/cases/" + WROBEL.value() + "/as-of"));
            assertThat(page.locator("h1")).hasText(polish("pit.title"));
            Accessibility.assertNoViolations(page);

            page.locator("#pit-first-day input").fill(Dates.format(then));
            page.locator("#pit-first-day input").press("Enter");
            page.locator("#pit-compare").click();
            page.locator("#pit-show").click();

            page.waitForURL(url -> url.contains("/as-of/" + then + "?compare=now"));
            assertThat(page.locator("h1")).hasText(polish("pit.title.family", FAMILY));
            assertThat(page.locator("#pit-facts-compared")).containsText(polish("case.header.plan-version", 1));
            assertThat(page.locator("#pit-facts-compared")).containsText(polish("case.header.plan-version", 2));
            assertThat(page.locator("#pit-facts-compared")).containsText(polish("pit.changed"));
            assertThat(page.locator("#pit-added")).isVisible();
            assertThat(page.locator("#pit-plan-version")).containsText(polish("case.header.plan-version", 2));
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "case-as-of-compared");

            page.navigate(portal().url("/cases/" + WROBEL.value() + "/as-of/" + then));
            assertThat(page.locator("#pit-plan-version")).containsText("wersja 1 planu");
            assertThat(page.locator("#pit-timeline")).isVisible();
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "case-as-of-day");
        }
    }

    private String polish(String key, Object... arguments) {
        return portal().polish(key, arguments);
    }

    private DemoPortal portal() {
        return new DemoPortal(port, translations);
    }
}
