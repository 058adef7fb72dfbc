package pl.asysta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.accessreview.AccessReview;
import pl.asysta.accessreview.AccessSearch;
import pl.asysta.accessreview.UnusualPatternRow;
import pl.asysta.accessreview.domain.UnusualPattern;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * The demo gmina's six weeks of reads give the auditor something to review: the deputy head's Saturday night
 * among seven families' files stands out on both counts, the assistant's evening after a crisis call stands out
 * as late, and the ordinary working days do not.
 */
@SpringBootTest(properties = "asysta.demo-data=true")
class DemoAccessHistoryTest {

    private static final Actor AUDITOR = new Actor(new UserId("audytor"), "Robert Szymański", Set.of(Role.AUDITOR),
            DemoGmina.CENTRE);

    @Autowired
    DemoAccessHistory history;
    @Autowired
    DemoGminaSeeder seeder;
    @Autowired
    AccessReview review;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_deputy_heads_saturday_night_is_flagged_for_seven_families_without_a_task_and_for_the_hour() {
        List<UnusualPatternRow> rows = patternsOf(DemoAccessHistory.GRZEGORZ.userId());

        assertThat(rows).extracting(UnusualPatternRow::pattern).containsExactlyInAnyOrder(
                UnusualPattern.MANY_CASES_WITHOUT_TASK, UnusualPattern.OUTSIDE_WORKING_HOURS);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.day().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(row.families()).isEqualTo(7);
            assertThat(row.actorName()).isEqualTo("Grzegorz Pawlak");
            assertThat(row.institutionName()).isEqualTo("Ośrodek Pomocy Społecznej w Przykładowie");
        });
    }

    @Test
    void the_assistants_crisis_evening_is_late_but_her_ordinary_days_are_not_flagged() {
        List<UnusualPatternRow> rows = patternsOf(DemoGmina.ANNA.userId());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.pattern()).isEqualTo(UnusualPattern.OUTSIDE_WORKING_HOURS);
            assertThat(row.reads()).isEqualTo(1);
        });
        assertThat(patternsOf(DemoGmina.KATARZYNA.userId())).isEmpty();
        assertThat(patternsOf(DemoAgencies.MAGDALENA.userId())).isEmpty();
    }

    @Test
    void the_school_the_clinic_and_the_team_read_the_files_their_grants_open() {
        assertThat(openingsBy(DemoAgencies.MAGDALENA)).isGreaterThanOrEqualTo(2 * (DemoAccessHistory.WEEKS - 1));
        assertThat(openingsBy(DemoAgencies.JOANNA)).isGreaterThanOrEqualTo(DemoAccessHistory.WEEKS - 1);
        assertThat(openingsBy(DemoAgencies.PIOTR)).isGreaterThanOrEqualTo(DemoAccessHistory.WEEKS - 1);
    }

    @Test
    void the_history_is_told_once() {
        long records = jdbc.queryForObject("select count(*) from access_record", Long.class);

        assertThat(history.told()).isTrue();
        seeder.seedOnce();

        assertThat(jdbc.queryForObject("select count(*) from access_record where recorded_at < now() - interval "
                + "'1 day'", Long.class)).isLessThanOrEqualTo(records);
        assertThat(jdbc.queryForObject("select count(*) from access_record where actor_id = 'zastepca'",
                Long.class)).isEqualTo(7);
    }

    private List<UnusualPatternRow> patternsOf(UserId reader) {
        return review.unusualPatterns(review.search(AccessSearch.EVERYTHING.withPerson(reader), AUDITOR), AUDITOR);
    }

    private long openingsBy(Actor reader) {
        return jdbc.queryForObject("select count(*) from access_record where actor_id = ? and view_name = 'CASE_FILE'",
                Long.class, reader.userId().value());
    }
}
