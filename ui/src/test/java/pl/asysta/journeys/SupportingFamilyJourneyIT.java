package pl.asysta.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import pl.asysta.AsystaApplication;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.support.SimplePdf;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.i18n.Translations;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * The supporting family in the production build and a real browser: Barbara Nowak, on a phone-sized screen
 * (360 px wide), logs an afternoon of homework with the family she supports and claims last month's fares with a
 * scan of the tickets; the page fits the screen and axe-core finds nothing on it. The head of the centre approves
 * the claim from his start page, and the assistant reads the help on the case timeline and the approved amount in
 * the monthly summary.
 */
@SpringBootTest(classes = AsystaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class SupportingFamilyJourneyIT {

    private static final ZoneId CENTRE = ZoneId.of("Europe/Warsaw");
    private static final InstitutionId HOUSEHOLD = new InstitutionId("rodzina-wspierajaca-nowak");
    private static final String HELP_NOTE = "Lekcje z Kubą: ułamki i czytanka o jesieni.";
    private static final String ACTION = "Odbieranie Kuby ze szkoły we wtorki i czwartki";

    @LocalServerPort
    int port;
    @Autowired
    Translations translations;
    @Autowired
    CaseCommands cases;
    @Autowired
    SupportCommands support;
    @Autowired
    SupportQueries supportQueries;
    @Autowired
    InstitutionRegister institutions;

    private CaseId caseId;
    private String familyName;
    private LocalDate today;

    @BeforeEach
    void aFamilySupportedByTheNowakHousehold() {
        today = LocalDate.now(CENTRE);
        institutions.register(new Institution(new InstitutionId("ops-przykladowo"),
                "Ośrodek Pomocy Społecznej w Przykładowie", InstitutionKind.SOCIAL_WELFARE_CENTRE));
        institutions.register(new Institution(HOUSEHOLD, "Rodzina wspierająca Nowakowie",
                InstitutionKind.SUPPORTING_FAMILY));
        Actor socialWorker = demo("pracownik");
        Actor assistant = demo("asystent");
        familyName = "Lisowscy-" + Long.toString(System.nanoTime() % 100_000);
        caseId = cases.registerFamily(familyName, List.of(
                        new FamilyMember(null, "Ewa", "Lisowska", FamilyMember.Kinship.PARENT, LocalDate.of(1990, 2, 3)),
                        new FamilyMember(null, "Kuba", "Lisowski", FamilyMember.Kinship.CHILD, LocalDate.of(2016, 5, 9))),
                new Address("ul. Polna 3", "99-100", "Przykładowo"), new Contact("600 700 800", null), socialWorker).id();
        cases.recordConsent(caseId, "Ewa Lisowska", today, "ZG/77/2026", socialWorker);
        cases.requestAssistant(caseId, "Matka pracuje na zmiany, syn zostaje sam po szkole.", socialWorker);
        cases.assignAssistant(caseId, assistant.userId(), assistant.displayName(), today, demo("kierownik"));
        cases.adoptWorkPlan(caseId, 0, "Opieka nad Kubą po szkole", List.of(new PlanAction(null, ACTION,
                new ActionOwner(ActionOwner.Kind.INSTITUTION, "Rodzina wspierająca Nowakowie", HOUSEHOLD.value()),
                today.plusDays(60), "Kuba bezpiecznie wraca do domu i odrabia lekcje")), assistant);
        support.recordArrangement(caseId, HOUSEHOLD, "RW/77/2026", today.minusMonths(1).withDayOfMonth(1),
                today.plusMonths(11), Set.of(CostKind.TRAVEL, CostKind.MEALS), new BigDecimal("300"),
                demo("kierownik"));
        await().atMost(Duration.ofSeconds(30)).until(() -> supportQueries.forHousehold(demo("rodzina")).stream()
                .anyMatch(family -> family.arrangement().caseId().equals(caseId) && !family.actions().isEmpty()));
    }

    @Test
    void barbara_logs_help_and_claims_on_her_phone_the_head_approves_and_the_assistant_sees_it(Browser browser) {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        String lastMonth = monthName(YearMonth.from(today).minusMonths(1));
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL")
                .setViewportSize(360, 740).setIsMobile(true).setHasTouch(true))) {
            Page page = portal().signIn(phone, "rodzina");
            Locator family = page.locator(".supported-family")
                    .filter(new Locator.FilterOptions().setHasText(polish("supporting.family.title", familyName)));
            assertThat(family).containsText("Kuba");
            assertThat(family).containsText(ACTION);
            assertThat(family).not().containsText("ul. Polna");
            Accessibility.assertNoViolations(page);
            fitsTheScreen(page);

            family.locator("vaadin-big-decimal-field[id^=help-hours] input").fill("2,5");
            family.getByText(polish("supporting.help-kind.HOMEWORK")).click();
            family.locator("vaadin-text-area[id^=help-note] textarea").fill(HELP_NOTE);
            family.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName(polish("supporting.help.save")).setExact(true)).click();
            assertThat(family.locator("[id^=help-log]")).containsText(HELP_NOTE);
            assertThat(family.locator("[id^=help-log]")).containsText("2,5 h");

            family.locator("vaadin-select[id^=claim-month]").click();
            assertThat(page.getByRole(AriaRole.LISTBOX, new Page.GetByRoleOptions()
                    .setName(polish("supporting.claim.month")))).isVisible();
            Accessibility.assertNoViolationsWhileChoosing(page);
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(lastMonth)).click();
            family.locator("vaadin-big-decimal-field[id^=claim-amount-TRAVEL] input").fill("46,20");
            family.locator("vaadin-upload[id^=claim-receipts] input[type=file]").setInputFiles(new FilePayload(
                    "bilety.pdf", "application/pdf", SimplePdf.withLines(List.of("MZK Przykladowo",
                    "Bilety 6 x 7,70 zl", "Razem 46,20 zl"))));
            assertThat(family.locator("[id^=claim-attached]")).containsText("bilety.pdf");
            Accessibility.assertNoViolations(page);
            family.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName(polish("supporting.claim.save")).setExact(true)).click();
            assertThat(family.locator("[id^=claims]")).containsText(lastMonth + ": 46,20 zł");
            assertThat(family.locator("[id^=claims]")).containsText(polish("supporting.claim-status.SUBMITTED"));
            Accessibility.assertNoViolations(page);
            fitsTheScreen(page);
            BrowserTestFiles.screenshot(page, "supporting-family-phone");
        }
        try (BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = portal().signIn(desk, "kierownik");
            assertThat(page.locator("#claims-to-decide")).containsText(familyName);
            Accessibility.assertNoViolations(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(polish("supporting.decide.approve.label", familyName, lastMonth))).click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(polish("supporting.decide.approve.label", familyName, lastMonth)))).hasCount(0);
            BrowserTestFiles.screenshot(page, "centre-head-claims");
        }
        try (BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = portal().signIn(desk, "asystent");
            page.navigate(portal().url("/cases/" + caseId.value()));
            assertThat(page.locator("h1")).containsText(familyName);
            assertThat(page.getByText(HELP_NOTE).first()).isVisible();
            assertThat(page.locator("#support-summary")).containsText(lastMonth);
            assertThat(page.locator("#support-summary")).containsText("46,20 zł");
            assertThat(page.locator("#case-support-claims")).containsText(polish("supporting.claim-status.APPROVED"));
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "assistant-case-support");
        }
    }

    /** Nothing sticks out sideways on a phone: the page scrolls only down. */
    private static void fitsTheScreen(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag("pl")) + " "
                + month.getYear();
    }

    private static Actor demo(String user) {
        return DemoPortal.demo(user);
    }

    private String polish(String key, Object... arguments) {
        return portal().polish(key, arguments);
    }

    private DemoPortal portal() {
        return new DemoPortal(port, translations);
    }
}
