package pl.asysta.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
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
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.i18n.Translations;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * The auditor reviews who read a family's data, in the production build and a real browser: from the audit start
 * page to the access log, filtered by the family, where the social worker's and the head's openings are listed;
 * then the subject access report of the family's son is downloaded, and it is a PDF that names him. axe-core
 * finds nothing on the page, before and after the choices.
 */
@SpringBootTest(classes = AsystaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
class AccessReviewJourneyIT {

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
    @Autowired
    InstitutionRegister institutions;

    private String familyName;

    @BeforeEach
    void aFamilyWhoseFileTheCentreOpened() {
        institutions.register(new Institution(new InstitutionId("ops-przykladowo"),
                "Ośrodek Pomocy Społecznej w Przykładowie", InstitutionKind.SOCIAL_WELFARE_CENTRE));
        familyName = "Zalescy-" + Long.toString(System.nanoTime() % 100_000);
        CaseId caseId = cases.registerFamily(familyName, List.of(
                        new FamilyMember(null, "Ewa", "Zaleska", FamilyMember.Kinship.PARENT, LocalDate.of(1987, 2, 3)),
                        new FamilyMember(null, "Kuba", "Zaleski", FamilyMember.Kinship.CHILD, LocalDate.of(2015, 6, 1))),
                new Address("ul. Polna 4", "99-100", "Przykładowo"), new Contact(null, null),
                DemoPortal.demo("pracownik")).id();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> caseFiles.open(caseId, DemoPortal.demo("pracownik")).isPresent());
        caseFiles.open(caseId, DemoPortal.demo("kierownik")).orElseThrow();
    }

    @Test
    void the_auditor_finds_who_read_a_familys_file_and_downloads_the_sons_report(Browser browser) throws IOException {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL")
                .setAcceptDownloads(true))) {
            Page page = portal().signIn(context, "audytor");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(polish("review.start.link"))).click();
            assertThat(page.locator("h1")).hasText(polish("review.title"));
            assertThat(page.locator("#review-summary")).containsText("Znalezione zapisy");
            Accessibility.assertNoViolations(page);

            choose(page, "#review-family", familyName);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(polish("review.filter.search"))
                    .setExact(true)).click();
            Locator records = page.locator("#review-records");
            assertThat(records).containsText(DemoPortal.demo("pracownik").displayName());
            assertThat(records).containsText(DemoPortal.demo("kierownik").displayName());
            assertThat(records).containsText(familyName);
            assertThat(records).containsText(polish("review.view.CASE_FILE"));
            Accessibility.assertNoViolations(page);
            BrowserTestFiles.screenshot(page, "auditor-access-review");

            choose(page, "#subject-family", familyName);
            choose(page, "#subject-member", "Kuba Zaleski");
            Locator pdfLink = page.locator("#subject-pdf");
            assertThat(pdfLink).hasAttribute("aria-label", polish("review.subject.pdf.label", "Kuba Zaleski"));
            Accessibility.assertNoViolations(page);
            Download download = page.waitForDownload(pdfLink::click);

            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(download.suggestedFilename()).startsWith("dostep-do-danych-kuba-zaleski-").endsWith(".pdf");
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Informacja o dostępie do danych: Kuba Zaleski", familyName,
                        "Katarzyna", "Zielińska", "Robert Szymański");
            }
            BrowserTestFiles.screenshot(page, "auditor-subject-access-report");
        }
    }

    /** Types into a combo box and picks the first suggestion that contains the text. */
    private static void choose(Page page, String comboBox, String text) {
        page.locator(comboBox + " input").fill(text);
        Locator option = page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text))
                .first();
        option.click();
        String literal = text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
        assertThat(page.locator(comboBox + " input")).hasValue(java.util.regex.Pattern.compile(literal));
    }

    private String polish(String key, Object... arguments) {
        return portal().polish(key, arguments);
    }

    private DemoPortal portal() {
        return new DemoPortal(port, translations);
    }
}
