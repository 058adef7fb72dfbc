package pl.asysta.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import pl.asysta.AsystaApplication;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;

/**
 * The screens of case work, with a real case behind them, as the social worker, the head and the assistant see
 * them in the production build: axe-core finds nothing on the intake form, the head's caseload chart, the case
 * page with its timeline, plan, referrals, consent ledger and openings, and two open dialogs.
 */
@SpringBootTest(classes = AsystaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class CaseScreensAreAccessibleIT {

    private static final ZoneId CENTRE = ZoneId.of("Europe/Warsaw");

    @LocalServerPort
    int port;
    @Autowired
    Translations translations;
    @Autowired
    CaseCommands cases;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    TimelineQueries timeline;

    private CaseId caseId;

    @BeforeEach
    void aFamilyWithAnAssistantAPlanAndAVisit() {
        LocalDate today = LocalDate.now(CENTRE);
        Actor socialWorker = demo("pracownik");
        Actor head = demo("kierownik");
        Actor assistant = demo("asystent");
        caseId = cases.registerFamily("Zawadzcy", List.of(
                        new FamilyMember(null, "Marta", "Zawadzka", FamilyMember.Kinship.PARENT, LocalDate.of(1991, 4, 2)),
                        new FamilyMember(null, "Olek", "Zawadzki", FamilyMember.Kinship.CHILD, LocalDate.of(2016, 9, 1))),
                new Address("ul. Polna 3", "99-100", "Przykładowo"), new Contact("600 200 300", null), socialWorker).id();
        cases.recordConsent(caseId, "Marta Zawadzka", today, "ZG/77/2026", socialWorker);
        cases.requestAssistant(caseId, "Trudności wychowawcze, nieregularna frekwencja syna.", socialWorker);
        cases.assignAssistant(caseId, assistant.userId(), assistant.displayName(), today, head);
        cases.adoptWorkPlan(caseId, 0, "Regularna frekwencja Olka w szkole.", List.of(new PlanAction(null,
                "Codzienne odprowadzanie do szkoły", new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Marta Zawadzka",
                        null), today.plusWeeks(2), "Olek nie opuszcza lekcji bez usprawiedliwienia")), assistant);
        cases.documentWork(caseId, WorkKind.HOME_VISIT, today, 60, List.of("Marta Zawadzka", "Olek Zawadzki"),
                "Rozmowa o planie dnia; mieszkanie zadbane.", DataCategory.VISITS, assistant);
        await().atMost(Duration.ofSeconds(30)).until(() -> timeline.page(caseId, TimelineFilter.ALL, 0, 50, assistant)
                .stream().anyMatch(entry -> "WorkDocumented".equals(entry.type())));
    }

    @Test
    void intake_caseload_chart_case_page_and_dialog_have_no_accessibility_violations(Browser browser) {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = signIn(context, "pracownik");
            page.navigate(url("/intake"));
            assertThat(page.locator("h1")).isVisible();
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "intake-form");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = signIn(context, "kierownik");
            assertThat(page.locator("svg[role=img]")).isVisible();
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "centre-head-caseloads");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = signIn(context, "asystent");
            page.navigate(url("/cases/" + caseId.value()));
            assertThat(page.locator("h1")).containsText("Zawadzcy");
            assertThat(page.getByText("Rozmowa o planie dnia; mieszkanie zadbane.")).isVisible();
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "case-page");

            page.locator("#actions-document-work").click();
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(1);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(polish("form.save"))
                    .setExact(true))).isVisible();
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "case-document-work-dialog");

            page.locator("#dialog-cancel").click();
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
            page.locator("#case-sharing-record-consent").click();
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(1);
            assertThat(page.locator("#sharing-consent-categories")).isVisible();
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "case-sharing-consent-dialog");
        }
    }

    private Page signIn(BrowserContext context, String user) {
        return portal().signIn(context, user);
    }

    private static Actor demo(String user) {
        return DemoPortal.demo(user);
    }

    private String url(String path) {
        return portal().url(path);
    }

    private String polish(String key, Object... arguments) {
        return portal().polish(key, arguments);
    }

    private DemoPortal portal() {
        return new DemoPortal(port, translations);
    }
}
