package pl.asysta.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import pl.asysta.AsystaApplication;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;

/**
 * The auditor replays history, in the production build and a real browser: signed in as {@code audytor}, she goes
 * from her start page to the event browser, filters it to one family, reads the family's registration as named
 * fields with its link in the hash chain, then runs the integrity check, watches it finish and reads that the
 * history is intact. axe-core finds nothing on the start page, the event browser (with an event open) or the
 * integrity check.
 */
@SpringBootTest(classes = AsystaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class AuditorJourneyIT {

    /** True once the page has no request to the server under way (how Vaadin TestBench waits for a page). */
    private static final String SERVER_IDLE = """
            () => { const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                    return !!clients && Object.values(clients)
                        .every(client => typeof client.isActive !== 'function' || !client.isActive()); }""";

    private static final ZoneId CENTRE = ZoneId.of("Europe/Warsaw");

    @LocalServerPort
    int port;
    @Autowired
    Translations translations;
    @Autowired
    CaseCommands cases;
    @Autowired
    WorkListQueries queries;

    private String familyName;
    private CaseId caseId;

    @BeforeEach
    void aFamilyRegisteredByTheSocialWorker() {
        Actor socialWorker = DemoPortal.demo("pracownik");
        familyName = "Sprawdzani " + UUID.randomUUID().toString().substring(0, 6);
        caseId = cases.registerFamily(familyName, List.of(
                        new FamilyMember(null, "Irena", "Sprawdzana", FamilyMember.Kinship.PARENT,
                                LocalDate.of(1987, 5, 20)),
                        new FamilyMember(null, "Kacper", "Sprawdzany", FamilyMember.Kinship.CHILD,
                                LocalDate.of(2015, 2, 11))),
                new Address("ul. Kwiatowa 12", "99-100", "Przykładowo"), new Contact("600 300 400", null),
                socialWorker).id();
        cases.recordConsent(caseId, "Irena Sprawdzana", LocalDate.now(CENTRE), "ZG/88/2026", socialWorker);
        await().atMost(Duration.ofSeconds(30)).until(() -> queries.casesFor(socialWorker).stream()
                .anyMatch(summary -> summary.caseId().equals(caseId)));
    }

    @Test
    void the_auditor_filters_the_events_to_a_family_then_runs_the_integrity_check_and_reads_intact(
            Browser browser) {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = portal().signIn(context, "audytor");
            assertThat(page.locator("h1")).hasText(polish("start.AUDITOR.title"));
            assertThat(page.locator("#audit-link-events")).hasText(polish("events.title"));
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "audit-start");

            page.locator("#audit-link-events").click();
            assertThat(page.locator("h1")).hasText(polish("events.title"));
            page.locator("#events-filter-case input").fill(familyName);
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                    .setHasText(familyName)).first().click();
            // The family's two events may already be on the unfiltered first page: click a row only once the
            // filter has reached the server, or the click lands on a row the filter is about to replace.
            assertThat(page.locator("#events-filter-case input")).hasValue(
                    Pattern.compile(familyName));
            page.waitForFunction(SERVER_IDLE);
            assertThat(page.locator("#events")).containsText(polish("timeline.type.ConsentRecorded"));
            assertThat(page.locator("#events")).containsText(polish("timeline.type.FamilyRegistered"));
            assertThat(page.locator("#events")).containsText(caseId.value());
            page.locator("#events").getByText(polish("timeline.type.FamilyRegistered"), new Locator.GetByTextOptions()
                    .setExact(true)).click();
            assertThat(page.locator("#event-payload")).containsText(familyName);
            assertThat(page.locator("#event-payload")).containsText(polish("events.field.members"));
            assertThat(page.locator("#event-payload")).containsText("Kacper");
            assertThat(page.locator("#event-facts")).containsText("0".repeat(64));
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "audit-event-browser");

            page.navigate(portal().url("/audit"));
            page.locator("#audit-link-integrity").click();
            assertThat(page.locator("h1")).hasText(polish("integrity.title"));
            assertThat(page.locator("#integrity-status")).hasText(polish("integrity.check.not-run"));
            page.locator("#integrity-run").click();
            assertThat(page.locator("#integrity-status")).hasText(polish("integrity.check.intact"),
                    new LocatorAssertions.HasTextOptions().setTimeout(120_000));
            assertThat(page.locator("#integrity-summary")).containsText("Sprawdzone zdarzenia");
            assertThat(page.locator("#integrity-run")).isEnabled();
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "audit-integrity-intact");
        }
    }

    private String polish(String key, Object... arguments) {
        return portal().polish(key, arguments);
    }

    private DemoPortal portal() {
        return new DemoPortal(port, translations);
    }
}
