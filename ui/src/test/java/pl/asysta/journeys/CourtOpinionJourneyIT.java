package pl.asysta.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import pl.asysta.AsystaApplication;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.documents.DocumentHash;
import pl.asysta.i18n.Translations;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * A court's opinion from request to PDF, in the production build and a real browser: the court (`sad`) asks the
 * centre for an opinion on a family it names by a member's surname and date of birth; the assistant
 * (`asystent`) finds the request on her start page, writes the five sections beside the case's timeline and
 * submits; the head (`kierownik`) approves, which delivers it; the court downloads the PDF, which carries the
 * reference and hashes to the SHA-256 shown beside the download. axe-core finds nothing on the court's start
 * page, the request dialog and the drafting page.
 */
@SpringBootTest(classes = AsystaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class CourtOpinionJourneyIT {

    private static final ZoneId CENTRE = ZoneId.of("Europe/Warsaw");
    private static final LocalDate BORN = LocalDate.of(1989, 11, 7);
    private static final String QUESTIONS = "Czy matka współpracuje z asystentem rodziny i czy dzieci mają "
            + "zapewnioną opiekę?";
    private static final List<String> SECTIONS = List.of("family-situation", "cooperation", "work-plan-progress",
            "assessment", "conclusions");

    @LocalServerPort
    int port;
    @Autowired
    Translations translations;
    @Autowired
    CaseCommands cases;
    @Autowired
    WorkListQueries queries;
    @Autowired
    InstitutionRegister institutions;

    private String surname;
    private String familyName;
    private String reference;

    @BeforeEach
    void aFamilyTheAssistantWorksWithAndACourt() {
        LocalDate today = LocalDate.now(CENTRE);
        institutions.register(new Institution(new InstitutionId("ops-przykladowo"),
                "Ośrodek Pomocy Społecznej w Przykładowie", InstitutionKind.SOCIAL_WELFARE_CENTRE));
        institutions.register(new Institution(new InstitutionId("sad-rejonowy"),
                "Sąd Rejonowy w Przykładowie, III Wydział Rodzinny i Nieletnich", InstitutionKind.COURT));
        long unique = System.nanoTime() % 100_000;
        surname = "Lipińska-" + unique;
        familyName = "Lipińscy-" + unique;
        reference = "III Nsm " + (unique % 900 + 100) + "/26";
        Actor socialWorker = demo("pracownik");
        Actor assistant = demo("asystent");
        CaseId caseId = cases.registerFamily(familyName, List.of(
                        new FamilyMember(null, "Iwona", surname, FamilyMember.Kinship.PARENT, BORN),
                        new FamilyMember(null, "Julek", "Lipiński-" + unique, FamilyMember.Kinship.CHILD,
                                LocalDate.of(2015, 6, 1))),
                new Address("ul. Sądowa 9", "99-100", "Przykładowo"), new Contact(null, null), socialWorker).id();
        cases.recordConsent(caseId, "Iwona " + surname, today, "ZG/12/2026", socialWorker);
        cases.requestAssistant(caseId, "Trudności opiekuńczo-wychowawcze.", socialWorker);
        cases.assignAssistant(caseId, assistant.userId(), assistant.displayName(), today, demo("kierownik"));
        await().atMost(Duration.ofSeconds(30)).until(() -> queries.casesFor(assistant).stream()
                .anyMatch(row -> row.caseId().equals(caseId)));
    }

    @Test
    void the_court_asks_the_assistant_writes_the_head_approves_and_the_court_downloads_the_pdf(Browser browser)
            throws IOException {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = signIn(context, "sad");
            assertThat(page.locator("h1")).hasText(polish("start.COURT_STAFF.title"));
            Accessibility.assertNoViolations(page);

            page.locator("#court-new-request").click();
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(1);
            Accessibility.assertNoViolations(page);
            Locator centre = page.locator("#court-request-centre input");
            centre.fill("Ośrodek Pomocy Społecznej w Przykładowie");
            centre.press("Enter");
            page.locator("#court-request-surname input").fill(surname);
            date(page, "#court-request-birth-date", BORN);
            page.locator("#court-request-reference input").fill(reference);
            page.locator("#court-request-questions textarea").fill(QUESTIONS);
            page.locator("#dialog-save").click();
            assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
            assertThat(page.locator("#court-requests")).containsText(reference);
            assertThat(page.locator("#court-requests")).containsText(familyName);
            BrowserTestFiles.screenshot(page, "court-requests");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL")
                .setViewportSize(1600, 1000))) {
            Page page = signIn(context, "asystent");
            assertThat(page.locator("#opinion-requests")).containsText(familyName);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(polish("opinion.open.label", familyName, reference))).click();
            assertThat(page.locator("#opinion-heading")).containsText(familyName);
            assertThat(page.locator("#timeline")).isVisible();
            Accessibility.assertNoViolations(page);
            for (String section : SECTIONS) {
                page.locator("#opinion-section-" + section + " textarea")
                        .fill("Część „" + section + "”: rodzina współpracuje, zażółć gęślą jaźń.");
            }
            page.locator("#opinion-submit").click();
            assertThat(page.locator("#opinion-status")).hasText(polish("opinion.status.SUBMITTED"));
            BrowserTestFiles.screenshot(page, "opinion-drafting-page");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"))) {
            Page page = signIn(context, "kierownik");
            assertThat(page.locator("#opinion-requests")).containsText(familyName);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(polish("opinion.open.label", familyName, reference))).click();
            page.locator("#opinion-approve").click();
            assertThat(page.locator("#opinion-status")).hasText(polish("opinion.status.DELIVERED"));
            assertThat(page.locator("#opinion-outcome")).containsText(polish("opinion.sha256"));
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL")
                .setAcceptDownloads(true))) {
            Page page = signIn(context, "sad");
            Locator requests = page.locator("#court-requests");
            assertThat(requests).containsText(polish("opinion.status.DELIVERED"));
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "court-delivered-opinion");

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(polish("opinion.download.label", familyName, reference))).click());
            byte[] pdf = Files.readAllBytes(download.path());

            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(download.suggestedFilename()).endsWith(".pdf");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains(reference, familyName,
                        "zażółć gęślą jaźń", "Anna Kowalska", "Tomasz Lewandowski");
            }
            assertThat(requests).containsText(DocumentHash.sha256(pdf));
        }
    }

    /** Types a date the way a person does, in the portal's format, and leaves the field. */
    private static void date(Page page, String id, LocalDate value) {
        Locator input = page.locator(id + " input");
        input.fill(DateTimeFormatter.ofPattern("dd.MM.yyyy").format(value));
        input.press("Enter");
    }

    private Page signIn(BrowserContext context, String user) {
        return portal().signIn(context, user);
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
