package pl.asysta.start;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.ui.CaseFixture.uniqueFamilyName;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.grid.Grid;

import pl.asysta.PortalTest;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.UserId;
import pl.asysta.shell.SignedInBrowserlessTest;

/**
 * A start page lists families in several grids (the head's: requests waiting for an assistant, assessments
 * due, referral deadlines); opening it is one reading of case data and leaves exactly one access record, with
 * every family shown. If that record cannot be written, the page shows none of them.
 */
@PortalTest
class StartPageReadingTest extends SignedInBrowserlessTest {

    @Autowired
    CaseFixture cases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Translations translations;

    @Test
    void opening_the_heads_start_page_leaves_one_access_record_naming_the_families_it_shows() {
        CaseId waiting = cases.awaitingAssignment(uniqueFamilyName("Czekający"));
        CaseId assessmentOverdue = cases.active(uniqueFamilyName("Nieocenieni"), new UserId("asystent-odczyt"),
                "Olga Odczytowa", CaseFixture.today().minusMonths(7));
        long before = records();
        signInAs("kierownik");

        open("centre-head");

        assertThat(find(Grid.class).all()).isNotEmpty();
        assertThat(records()).isEqualTo(before + 1);
        List<String> shown = jdbc.queryForObject("""
                        select case_ids from access_record where actor_id = 'kierownik'
                        order by record_id desc limit 1""",
                (row, n) -> Arrays.asList((String[]) row.getArray(1).getArray()));
        assertThat(shown).contains(waiting.value(), assessmentOverdue.value());
        assertThat(jdbc.queryForObject("select view_name from access_record order by record_id desc limit 1",
                String.class)).isEqualTo("CASE_LIST");
    }

    @Test
    void when_the_record_cannot_be_written_the_page_shows_no_family() {
        String family = uniqueFamilyName("Niewidoczni");
        cases.awaitingAssignment(family);
        signInAs("kierownik");
        jdbc.execute("""
                create function refuse_access_record() returns trigger language plpgsql as
                $$ begin raise exception 'access log unavailable'; end; $$""");
        jdbc.execute("create trigger access_record_unavailable before insert on access_record "
                + "for each row execute function refuse_access_record()");
        try {
            open("centre-head");

            assertThat(find(Grid.class).all()).isEmpty();
            assertThat(pageHeading()).isEqualTo(translations.getTranslation("error.title", Translations.POLISH));
        } finally {
            jdbc.execute("drop trigger access_record_unavailable on access_record");
            jdbc.execute("drop function refuse_access_record()");
        }
    }

    private long records() {
        return jdbc.queryForObject("select count(*) from access_record", Long.class);
    }
}
