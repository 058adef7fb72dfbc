package pl.asysta.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import pl.asysta.AsystaApplication;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.i18n.Translations;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * Many agencies on one case, in the production build and a real browser: a family consented to share its
 * child's schooling with the school and the assistant sent the school a question. The school's staff member
 * finds the referral and the case on her start page, accepts and answers, and opens the case, where she reads
 * the schooling entry but never the home visit. The assistant is told that the school opened the file, reads
 * the answer on the timeline and sees the school among those who looked at the file. axe-core finds nothing on
 * any of these screens.
 */
@SpringBootTest(classes = AsystaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class AgenciesJourneyIT {

    private static final ZoneId CENTRE = ZoneId.of("Europe/Warsaw");
    private static final InstitutionId SCHOOL = new InstitutionId("szkola-podstawowa-1");
    private static final String HOME_VISIT = "Wizyta domowa: rozmowa o sytuacji mieszkaniowej rodziny.";
    private static final String SCHOOLING = "Kuba opuścił w październiku 9 dni nauki bez usprawiedliwienia.";
    private static final String PURPOSE = "Frekwencja i zachowanie od września";
    private static final String ANSWER = "Od listopada frekwencja 96%, zachowanie poprawne.";

    @LocalServerPort
    int port;
    @Autowired
    Translations translations;
    @Autowired
    CaseCommands cases;
    @Autowired
    WorkListQueries queries;
    @Autowired
    SharingCommands sharing;
    @Autowired
    ReferralCommands referrals;
    @Autowired
    ReferralQueries referralQueries;
    @Autowired
    InstitutionRegister institutions;

    private CaseId caseId;
    private String familyName;

    @BeforeEach
    void aFamilyThatConsentedToShareSchoolingWithTheSchool() {
        LocalDate today = LocalDate.now(CENTRE);
        institutions.register(new Institution(new InstitutionId("ops-przykladowo"),
                "Ośrodek Pomocy Społecznej w Przykładowie", InstitutionKind.SOCIAL_WELFARE_CENTRE));
        institutions.register(new Institution(SCHOOL, "Szkoła Podstawowa nr 1 w Przykładowie",
                InstitutionKind.SCHOOL));
        Actor socialWorker = demo("pracownik");
        Actor assistant = demo("asystent");
        familyName = "Sikorscy-" + Long.toString(System.nanoTime() % 100_000);
        caseId = cases.registerFamily(familyName, List.of(
                        new FamilyMember(null, "Ewa", "Sikorska", FamilyMember.Kinship.PARENT, LocalDate.of(1988, 1, 5)),
                        new FamilyMember(null, "Kuba", "Sikorski", FamilyMember.Kinship.CHILD, LocalDate.of(2014, 3, 9))),
                new Address("ul. Szkolna 1", "99-100", "Przykładowo"), new Contact(null, null), socialWorker).id();
        cases.recordConsent(caseId, "Ewa Sikorska", today, "ZG/91/2026", socialWorker);
        cases.requestAssistant(caseId, "Absencja szkolna syna.", socialWorker);
        cases.assignAssistant(caseId, assistant.userId(), assistant.displayName(), today, demo("kierownik"));
        cases.documentWork(caseId, WorkKind.HOME_VISIT, today, 45, List.of("Ewa Sikorska"), HOME_VISIT,
                DataCategory.VISITS, assistant);
        cases.documentWork(caseId, WorkKind.INSTITUTION_CONTACT, today, 20, List.of("Ewa Sikorska"), SCHOOLING,
                DataCategory.EDUCATION, assistant);
        sharing.recordConsent(caseId, "Ewa Sikorska", SCHOOL, Set.of(DataCategory.BASIC, DataCategory.EDUCATION),
                "Współpraca ze szkołą w sprawie frekwencji Kuby", today, today.plusMonths(6), "ZU/14/2026", assistant);
        referrals.refer(caseId, SCHOOL, DataCategory.EDUCATION, PURPOSE, "Jak wygląda frekwencja Kuby od września?",
                today.plusDays(14), assistant);
        Actor school = demo("szkola");
        await().atMost(Duration.ofSeconds(30)).until(() -> referralQueries.inbox(school).stream()
                .anyMatch(row -> row.caseId().equals(caseId)) && queries.casesFor(school).stream()
                .anyMatch(row -> row.caseId().equals(caseId)));
    }

    @Test
    void the_school_answers_a_referral_and_reads_only_what_the_family_shared_and_the_assistant_is_told(
            Browser browser) {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = signIn(context, "szkola");
            assertThat(page.locator("#granted-cases")).containsText(familyName);
            assertThat(page.getByText(PURPOSE)).isVisible();
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "institution-inbox");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(polish("inbox.accept.label", familyName, PURPOSE))).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(polish("inbox.answer.label", familyName, PURPOSE))).click();
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(1);
            Accessibility.assertNoViolations(page);
            page.locator("#answer-text textarea").fill(ANSWER);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(polish("inbox.answer.save"))
                    .setExact(true)).click();
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);

            page.navigate(url("/cases/" + caseId.value()));
            assertThat(page.locator("h1")).containsText(familyName);
            assertThat(page.getByText(SCHOOLING)).isVisible();
            assertThat(page.getByText(ANSWER).first()).isVisible();
            assertThat(page.getByText(HOME_VISIT)).hasCount(0);
            assertThat(page.getByText(polish("case.header.next-assessment"))).hasCount(0);
            assertThat(page.getByText(polish("case.header.plan"), new Page.GetByTextOptions().setExact(true)))
                    .hasCount(0);
            assertThat(page.locator("#case-openings")).hasCount(0);
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "institution-case-page");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = signIn(context, "asystent");
            assertThat(page.locator("#access-alerts")).containsText(familyName);
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "assistant-access-alert");

            page.navigate(url("/cases/" + caseId.value()));
            assertThat(page.getByText(HOME_VISIT)).isVisible();
            assertThat(page.getByText(ANSWER).first()).isVisible();
            assertThat(page.locator("#case-openings")).containsText(demo("szkola").displayName());
            assertThat(page.locator("#case-sharing")).containsText("ZU/14/2026");
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "assistant-case-sharing-and-openings");
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
