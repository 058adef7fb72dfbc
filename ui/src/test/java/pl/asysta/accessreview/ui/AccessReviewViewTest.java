package pl.asysta.accessreview.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.ui.CaseFixture.SOCIAL_WORKER;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.PortalTest;
import pl.asysta.accessreview.AccessReviewRow;
import pl.asysta.accessreview.CaseOption;
import pl.asysta.accessreview.MemberOption;
import pl.asysta.accessreview.UnusualPatternRow;
import pl.asysta.accessreview.domain.UnusualPattern;
import pl.asysta.accessreview.domain.WorkingHours;
import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.forms.Dates;
import pl.asysta.i18n.Translations;
import pl.asysta.security.demo.DemoAccounts;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.shell.SignedInBrowserlessTest;
import pl.asysta.time.ClockConfiguration;

/**
 * The auditor's access review page as the auditor uses it: finding a family's reads with their flags, stepping
 * from an unusual pattern to its records, a period that ends before it starts, and the member's report downloaded
 * as PDF and CSV; every page shown is recorded, and nobody but the auditor opens the page.
 */
@PortalTest
class AccessReviewViewTest extends SignedInBrowserlessTest {

    private static final Actor AUDITOR = DemoAccounts.find("audytor").orElseThrow().actor();
    private static final Actor ASSISTANT = DemoAccounts.find("asystent").orElseThrow().actor();

    @Autowired
    CaseFixture cases;
    @Autowired
    AccessLog accessLog;
    @Autowired
    Translations translations;
    @Autowired
    JdbcTemplate jdbc;

    String familyName;
    CaseId caseId;
    LocalDate workday;

    @BeforeEach
    void aFamilyReadByDayAndAtNight() {
        familyName = uniqueFamilyName("Przeglądani");
        caseId = cases.registered(familyName);
        workday = lastWorkingDayBefore(CaseFixture.today());
        readAt(workday, 10, SOCIAL_WORKER, caseId);
        readAt(workday, 21, ASSISTANT, caseId);
    }

    @Test
    void the_auditor_finds_a_familys_reads_with_names_and_the_late_one_flagged() {
        signInAs("audytor");
        open(AccessReviewPages.location());
        assertThat(pageHeading()).isEqualTo(polish("review.title"));

        chooseFamily("review-family", familyName);
        test(find(Button.class).id("review-search")).click();

        Grid<AccessReviewRow> grid = records();
        int found = test(grid).size();
        assertThat(find(Paragraph.class).id("review-summary").getText()).startsWith("Znalezione zapisy: " + found + " ");
        List<String> readers = new ArrayList<>();
        for (int row = 0; row < found; row++) {
            readers.add(test(grid).getRow(row).actorName());
            assertThat(test(grid).getRow(row).cases()).extracting(AccessReviewRow.NamedCase::caseId).contains(caseId);
        }
        assertThat(readers).as("newest first").startsWith("Robert Szymański")
                .contains(SOCIAL_WORKER.displayName(), "Anna Kowalska");
        int day = readers.indexOf(SOCIAL_WORKER.displayName());
        assertThat(rowText(grid, day)).contains(familyName, "Pracownik socjalny", "otwarcie akt rodziny",
                "Ośrodek Pomocy Społecznej w Przykładowie").doesNotContain(polish("review.flag.OUTSIDE_WORKING_HOURS"));
        assertThat(rowText(grid, readers.indexOf("Anna Kowalska")))
                .contains("21:00", polish("review.flag.OUTSIDE_WORKING_HOURS"));
    }

    @Test
    void every_page_of_records_the_auditor_is_shown_is_recorded_with_the_families_on_it() {
        signInAs("audytor");
        open(AccessReviewPages.location());
        long before = recordsBy(AUDITOR.userId());

        chooseFamily("review-family", familyName);
        test(find(Button.class).id("review-search")).click();
        test(records()).size();
        test(records()).getRow(0);

        assertThat(recordsBy(AUDITOR.userId())).isGreaterThan(before);
        assertThat(jdbc.queryForList("""
                        select view_name from access_record
                        where actor_id = ? and record_id > (select max(record_id) - 20 from access_record)
                          and case_ids @> array[cast(? as varchar)]""", String.class, AUDITOR.userId().value(),
                caseId.value())).contains("ACCESS_REVIEW");
    }

    @Test
    void an_unusual_day_leads_to_its_records() {
        Actor deputy = new Actor(new UserId("zastepca-" + familyName.hashCode()), "Grzegorz Pawlak " + familyName,
                Set.of(Role.CENTRE_HEAD), AUDITOR.institutionId());
        List<CaseId> families = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            families.add(cases.registered(uniqueFamilyName("Nieprzydzieleni")));
        }
        for (CaseId family : families) {
            readAt(workday, 10, deputy, family);
        }
        signInAs("audytor");
        open(AccessReviewPages.location());

        Grid<UnusualPatternRow> unusual = unusual();
        int row = rowOf(unusual, deputy.displayName());
        assertThat(test(unusual).getRow(row).pattern()).isEqualTo(UnusualPattern.MANY_CASES_WITHOUT_TASK);
        assertThat(test(unusual).getRow(row).families()).isEqualTo(5);
        Button show = (Button) test(unusual).getCellComponent(row, unusual.getColumns().size() - 1);
        assertThat(show.getAriaLabel().orElseThrow()).contains(deputy.displayName());
        test(show).click();

        Grid<AccessReviewRow> grid = records();
        assertThat(test(grid).size()).isEqualTo(5);
        assertThat(rowText(grid, 0)).contains(polish("review.flag.MANY_CASES_WITHOUT_TASK"));
        assertThat(find(DatePicker.class).id("review-from").getValue()).isEqualTo(workday);
        assertThat(find(DatePicker.class).id("review-to").getValue()).isEqualTo(workday);
    }

    @Test
    void a_period_that_ends_before_it_starts_is_said_at_the_field_and_the_results_stay() {
        signInAs("audytor");
        open(AccessReviewPages.location());
        int shown = test(records()).size();

        test(find(DatePicker.class).id("review-from")).setValue(workday);
        test(find(DatePicker.class).id("review-to")).setValue(workday.minusDays(3));
        test(find(Button.class).id("review-search")).click();

        DatePicker to = find(DatePicker.class).id("review-to");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo(polish("review.filter.to-before-from"));
        assertThat(find(Paragraph.class).id("review-summary").getText()).isEqualTo(polish("form.fix-fields"));
        assertThat(test(records()).size()).isGreaterThanOrEqualTo(shown);
    }

    @Test
    void the_members_report_downloads_as_a_pdf_and_a_csv_naming_the_member_and_each_download_is_recorded()
            throws IOException {
        signInAs("audytor");
        open(AccessReviewPages.location());
        Anchor pdf = find(Anchor.class).id("subject-pdf");
        assertThat(pdf.isEnabled()).as("no member chosen yet").isFalse();

        chooseFamily("subject-family", familyName);
        @SuppressWarnings("unchecked")
        ComboBox<MemberOption> member = find(ComboBox.class).id("subject-member");
        assertThat(test(member).getSuggestions()).hasSize(3).anySatisfy(label ->
                assertThat(label).startsWith("Zosia Kowalska (Dziecko, ur. 01.09.2016)"));
        test(member).selectItem(test(member).getSuggestions().stream()
                .filter(label -> label.startsWith("Zosia")).findFirst().orElseThrow());
        long exports = exportsOf(caseId);

        assertThat(pdf.isEnabled()).isTrue();
        assertThat(pdf.getElement().getAttribute("aria-label")).contains("Zosia Kowalska");
        ByteArrayOutputStream pdfBytes = new ByteArrayOutputStream();
        test(pdf).download(pdfBytes);
        ByteArrayOutputStream csvBytes = new ByteArrayOutputStream();
        test(find(Anchor.class).id("subject-csv")).download(csvBytes);

        try (PDDocument document = Loader.loadPDF(pdfBytes.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Informacja o dostępie do danych: Zosia Kowalska", familyName,
                    "Robert Szymański", "Katarzyna", "Zielińska",
                    "Okres od " + Dates.format(workday) + " 10:00");
        }
        assertThat(csvBytes.toString(java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFFKiedy;Kto;").contains("Zosia Kowalska", "Anna Kowalska");
        assertThat(exportsOf(caseId)).isEqualTo(exports + 2);
    }

    @Test
    void the_auditors_start_page_leads_to_the_review() {
        signInAs("audytor");
        open("audit");

        RouterLink link = find(RouterLink.class).id("access-review-link");
        assertThat(link.getText()).isEqualTo(polish("review.start.link"));
        assertThat(link.getHref()).isEqualTo(AccessReviewPages.location());
    }

    @Test
    void nobody_but_an_auditor_opens_the_review() {
        for (String user : List.of("asystent", "pracownik", "kierownik", "szkola", "admin")) {
            signInAs(user);
            open(AccessReviewPages.location());

            assertThat(getCurrentView()).as(user).isNotInstanceOf(AccessReviewView.class);
            assertThat(pageHeading()).isEqualTo(polish("error.not-available.title"));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A weekday that is no public holiday: a read at 10:00 on it is in working hours, one at 21:00 is not. */
    private static LocalDate lastWorkingDayBefore(LocalDate today) {
        LocalDate day = today.minusDays(1);
        while (WorkingHours.DEFAULT.outside(day.atTime(10, 0).atZone(ClockConfiguration.CENTRE_ZONE))) {
            day = day.minusDays(1);
        }
        return day;
    }

    private void readAt(LocalDate day, int hour, Actor reader, CaseId family) {
        Clock at = Clock.fixed(day.atTime(hour, 0).atZone(ClockConfiguration.CENTRE_ZONE).toInstant(), ZoneOffset.UTC);
        accessLog.stampedBy(at).record(reader, AccessView.CASE_FILE, List.of(family),
                Set.of(DataCategory.BASIC, DataCategory.PLAN), "CASE_WORK", null);
    }

    @SuppressWarnings("unchecked")
    private void chooseFamily(String id, String name) {
        ComboBox<CaseOption> family = find(ComboBox.class).id(id);
        test(family).setFilter(name);
        test(family).selectItem(test(family).getSuggestions().getFirst());
        assertThat(family.getValue().familyName()).isEqualTo(name);
    }

    @SuppressWarnings("unchecked")
    private Grid<AccessReviewRow> records() {
        return find(Grid.class).id("review-records");
    }

    @SuppressWarnings("unchecked")
    private Grid<UnusualPatternRow> unusual() {
        return find(Grid.class).id("review-unusual");
    }

    private int rowOf(Grid<UnusualPatternRow> grid, String actorName) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).actorName().equals(actorName)) {
                return row;
            }
        }
        throw new AssertionError(actorName + " is not among the unusual patterns");
    }

    private String rowText(Grid<AccessReviewRow> grid, int row) {
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < grid.getColumns().size() - 1; column++) {
            text.append(test(grid).getCellText(row, column)).append(" | ");
        }
        text.append(test(grid).getCellComponent(row, grid.getColumns().size() - 1).getElement().getTextRecursively());
        return text.toString();
    }

    private long recordsBy(UserId actor) {
        return jdbc.queryForObject("select count(*) from access_record where actor_id = ?", Long.class, actor.value());
    }

    private long exportsOf(CaseId family) {
        return jdbc.queryForObject("""
                select count(*) from access_record where view_name = 'EXPORT'
                and case_ids @> array[cast(? as varchar)]""", Long.class, family.value());
    }

    private String polish(String key) {
        return translations.getTranslation(key, Translations.POLISH);
    }
}
