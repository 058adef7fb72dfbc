package pl.asysta.events.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.events.Choice;
import pl.asysta.events.StoredEventRow;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.CaseId;
import pl.asysta.shell.SignedInBrowserlessTest;

/**
 * The auditor's event browser: reached from the audit start page, filtered to one family it lists the family's
 * events in the order they were stored and shows a chosen one as named fields with its chain link; every page
 * is recorded as the auditor's reading; a period that ends before it starts is said to be wrong. Nobody else
 * opens it.
 */
@PortalTest
class EventBrowserScreenTest extends SignedInBrowserlessTest {

    @Autowired
    CaseFixture cases;
    @Autowired
    Translations translations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_audit_start_page_leads_to_the_event_browser_and_the_integrity_check() {
        signInAs("audytor");

        open("audit");

        assertThat(find(RouterLink.class).id("audit-link-events").getText()).isEqualTo(polish("events.title"));
        assertThat(find(RouterLink.class).id("audit-link-integrity").getText())
                .isEqualTo(polish("integrity.title"));
        test(find(RouterLink.class).id("audit-link-events")).click();
        assertThat(pageHeading()).isEqualTo(polish("events.title"));
    }

    @Test
    void the_auditor_filters_to_a_family_and_reads_an_event_as_named_fields_with_its_chain_link() {
        String family = CaseFixture.uniqueFamilyName("Audytowani");
        CaseId caseId = cases.awaitingAssignment(family);
        signInAs("audytor");
        open("audit/events");
        long before = recordsOfTheAuditor();

        chooseCase(family, caseId);

        Grid<StoredEventRow> grid = eventsGrid();
        assertThat(test(grid).size()).isEqualTo(4);
        assertThat(List.of(0, 1, 2, 3)).extracting(row -> test(grid).getRow(row).eventName())
                .containsExactly("FamilyRegistered", "EnvironmentalInterviewRecorded", "AssistantRequested",
                        "ConsentRecorded");
        assertThat(cellText(grid, 0, 2)).contains(polish("timeline.type.FamilyRegistered"), "FamilyRegistered");
        assertThat(cellText(grid, 0, 3)).contains(family, caseId.value());
        assertThat(cellText(grid, 0, 4)).contains(CaseFixture.SOCIAL_WORKER.displayName());

        test(grid).select(0);

        StoredEventRow registered = test(grid).getRow(0);
        String facts = find(DescriptionList.class).id("event-facts").getElement().getTextRecursively();
        assertThat(facts).contains(polish("events.details.hash"), registered.hash(), "0".repeat(64), caseId.value());
        assertThat(registered.hash()).isEqualTo(jdbc.queryForObject(
                "select encode(hash, 'hex') from event_chain where global_index = ?", String.class,
                registered.position()));
        String payload = find(DescriptionList.class).id("event-payload").getElement().getTextRecursively();
        assertThat(payload).contains(polish("events.field.familyName"), family, polish("events.field.members"),
                polish("events.field.firstName"), "Zosia", polish("kinship.CHILD"), polish("events.field.town"),
                "Przykładowo").doesNotContain("{\"", "\"value\"");
        assertThat(recordsOfTheAuditor()).as("the families offered and the page of events were recorded")
                .isGreaterThan(before);
        assertThat(jdbc.queryForObject("""
                select count(*) from access_record where actor_id = 'audytor' and view_name = 'EVENT_STREAM'
                and case_ids = array[cast(? as varchar)]""", Long.class, caseId.value())).isPositive();
    }

    @Test
    void a_period_that_ends_before_it_starts_is_marked_wrong_shows_nothing_and_keeps_the_dates() {
        String family = CaseFixture.uniqueFamilyName("Okresowi");
        CaseId caseId = cases.registered(family);
        signInAs("audytor");
        open("audit/events");
        chooseCase(family, caseId);
        LocalDate today = CaseFixture.today();
        DatePicker from = find(DatePicker.class).id("events-filter-from");
        DatePicker to = find(DatePicker.class).id("events-filter-to");

        test(from).setValue(today);
        test(to).setValue(today.minusDays(1));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo(polish("events.filter.period-reversed"));
        assertThat(test(eventsGrid()).size()).isZero();
        assertThat(from.getValue()).isEqualTo(today);
        assertThat(to.getValue()).isEqualTo(today.minusDays(1));

        test(to).setValue(today);

        assertThat(to.isInvalid()).isFalse();
        assertThat(test(eventsGrid()).size()).isEqualTo(1);
    }

    @Test
    void the_type_filter_names_events_in_polish_and_narrows_the_list() {
        String family = CaseFixture.uniqueFamilyName("Rodzajowi");
        CaseId caseId = cases.awaitingAssignment(family);
        signInAs("audytor");
        open("audit/events");
        chooseCase(family, caseId);
        @SuppressWarnings("unchecked")
        ComboBox<Choice> type = find(ComboBox.class).id("events-filter-type");

        test(type).selectItem(polish("timeline.type.ConsentRecorded"));

        assertThat(test(eventsGrid()).size()).isOne();
        assertThat(test(eventsGrid()).getRow(0).eventName()).isEqualTo("ConsentRecorded");
    }

    @Test
    void only_the_auditor_opens_the_event_browser() {
        for (String user : List.of("asystent", "pracownik", "kierownik", "szkola", "sad", "admin")) {
            signInAs(user);

            open("audit/events");

            assertThat(pageHeading()).as(user).isEqualTo(polish("error.not-available.title"));
            assertThat(find(Div.class).withId("event-details").exists()).isFalse();
        }
    }

    private void chooseCase(String family, CaseId caseId) {
        @SuppressWarnings("unchecked")
        ComboBox<Choice> box = find(ComboBox.class).id("events-filter-case");
        test(box).setFilter(family);
        test(box).selectItem(family + " (" + caseId.value() + ")");
    }

    @SuppressWarnings("unchecked")
    private Grid<StoredEventRow> eventsGrid() {
        return find(Grid.class).id("events");
    }

    private String cellText(Grid<StoredEventRow> grid, int row, int column) {
        return test(grid).getCellComponent(row, column).getElement().getTextRecursively();
    }

    private long recordsOfTheAuditor() {
        return jdbc.queryForObject("select count(*) from access_record where actor_id = 'audytor'", Long.class);
    }

    private String polish(String key) {
        return translations.getTranslation(key, Translations.POLISH);
    }
}
