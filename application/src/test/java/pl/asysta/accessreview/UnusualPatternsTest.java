package pl.asysta.accessreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import pl.asysta.accessreview.AccessReview.Snapshot;
import pl.asysta.accessreview.domain.ReviewRules;
import pl.asysta.accessreview.domain.UnusualPattern;
import pl.asysta.accessreview.domain.WorkingHours;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.time.ClockConfiguration;

/**
 * The flags of the review (ADR 0017): a person who opened five or more different families' files in one day with
 * no task on them, and reads outside working hours. Each flag fires on its pattern and stays silent on a control
 * that differs in the one thing the rule is about.
 */
class UnusualPatternsTest extends ReviewTest {

    private static final String MONDAY = "2026-03-09";
    private static final String TUESDAY = "2026-03-10";
    private static final String WEDNESDAY = "2026-03-11";

    @Autowired
    JdbcClient jdbcClient;

    /** Families in intake, no assistant asked for: nobody but their social worker has a task on them. */
    final List<CaseId> families = new ArrayList<>();

    @BeforeEach
    void sixFamiliesInIntake() {
        registerInstitutions();
        for (String surname : List.of("Adamczyk", "Baran", "Czarnecki", "Dudek", "Exner", "Fijałkowski")) {
            families.add(family(surname));
        }
        awaitProjected();
    }

    // ---------------------------------------------------------------- many families without a task

    @Test
    void a_head_who_opens_five_families_files_in_a_day_without_a_task_on_them_is_flagged() {
        List<Long> openings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            openings.add(openAt(MONDAY + "T1" + i + ":00", deputyHead, families.get(i)));
        }
        openings.add(openAt(MONDAY + "T15:30", deputyHead, families.get(0)));

        Map<Long, Set<UnusualPattern>> flags = flagsOf(deputyHead);

        assertThat(openings).allSatisfy(record ->
                assertThat(flags.get(record)).containsExactly(UnusualPattern.MANY_CASES_WITHOUT_TASK));
        assertThat(patterns(deputyHead)).singleElement().satisfies(row -> {
            assertThat(row.pattern()).isEqualTo(UnusualPattern.MANY_CASES_WITHOUT_TASK);
            assertThat(row.day()).isEqualTo(LocalDate.parse(MONDAY));
            assertThat(row.actorName()).isEqualTo("Grzegorz Pawlak");
            assertThat(row.institutionName()).isEqualTo("Ośrodek Pomocy Społecznej w Recenzowie " + unique);
            assertThat(row.families()).isEqualTo(5);
            assertThat(row.reads()).isEqualTo(6);
            assertThat(row.first()).isEqualTo(at(MONDAY + "T10:00"));
            assertThat(row.last()).isEqualTo(at(MONDAY + "T15:30"));
        });
    }

    @Test
    void four_families_a_day_are_not_flagged_however_often_they_are_opened() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                openAt(TUESDAY + "T1" + i + ":0" + round, deputyHead, families.get(i));
            }
        }

        assertThat(flagsOf(deputyHead).values()).allSatisfy(flags -> assertThat(flags).isEmpty());
        assertThat(patterns(deputyHead)).isEmpty();
    }

    @Test
    void five_families_spread_over_two_days_are_not_flagged() {
        for (int i = 0; i < 3; i++) {
            openAt(MONDAY + "T1" + i + ":00", deputyHead, families.get(i));
        }
        for (int i = 3; i < 6; i++) {
            openAt(TUESDAY + "T1" + i + ":00", deputyHead, families.get(i));
        }

        assertThat(patterns(deputyHead)).isEmpty();
    }

    @Test
    void the_families_social_worker_opening_all_of_them_is_not_flagged() {
        for (int i = 0; i < 6; i++) {
            openAt(MONDAY + "T1" + i + ":00", socialWorker, families.get(i));
        }

        assertThat(flagsOf(socialWorker).values()).allSatisfy(flags -> assertThat(flags).isEmpty());
        assertThat(patterns(socialWorker)).isEmpty();
    }

    @Test
    void a_family_waiting_for_an_assistant_or_one_the_head_worked_on_is_a_task_of_the_head() {
        commands.requestAssistant(families.get(0), "Rodzina prosi o asystenta.", socialWorker);
        Actor otherHead = actor("head2", "Halina Kierownik", Role.CENTRE_HEAD, centre);
        commands.requestAssistant(families.get(1), "Rodzina prosi o asystenta.", socialWorker);
        commands.recordConsent(families.get(1), "Joanna Baran", today(), "ZG/2", socialWorker);
        commands.assignAssistant(families.get(1), assistant.userId(), assistant.displayName(), today(), deputyHead);
        awaitProjected();
        for (int i = 0; i < 5; i++) {
            openAt(MONDAY + "T1" + i + ":00", deputyHead, families.get(i));
            openAt(MONDAY + "T1" + i + ":00", otherHead, families.get(i));
        }

        assertThat(patterns(deputyHead)).as("awaiting assignment, and assigned by him: 3 without a task").isEmpty();
        assertThat(patterns(otherHead)).as("assigned by a colleague is no task of hers").isEmpty();
        assertThat(flagsOf(otherHead).values()).allSatisfy(flags -> assertThat(flags).isEmpty());
    }

    @Test
    void a_referral_a_grant_or_a_plan_action_of_the_institution_is_a_task_of_its_staff() {
        InstitutionId otherSchool = new InstitutionId("sp-inna-" + unique);
        Actor otherTeacher = actor("teacher2", "Jan Pedagog", Role.INSTITUTION_STAFF, otherSchool);
        CaseId referred = families.get(0);
        CaseId granted = families.get(1);
        CaseId planned = assignedFamily("Gajewski");
        referrals.refer(referred, school, DataCategory.EDUCATION, "Frekwencja", "Jak wygląda frekwencja?",
                today().plusDays(14), socialWorker);
        sharing.recordConsent(granted, "Joanna Baran", school, Set.of(DataCategory.BASIC, DataCategory.EDUCATION),
                "Współpraca ze szkołą", today(), today().plusMonths(6), "ZU/1", socialWorker);
        commands.adoptWorkPlan(planned, 0, "Nauka Kacpra", List.of(new PlanAction(null, "Zajęcia wyrównawcze",
                new ActionOwner(ActionOwner.Kind.INSTITUTION, "Szkoła", school.value()), today().plusDays(30),
                "Poprawa ocen")), assistant);
        awaitProjected();
        List<CaseId> opened = List.of(referred, granted, planned, families.get(2), families.get(3), families.get(4));
        for (int i = 0; i < opened.size(); i++) {
            openAt(WEDNESDAY + "T1" + i + ":00", teacher, opened.get(i));
            openAt(WEDNESDAY + "T1" + i + ":00", otherTeacher, opened.get(i));
        }

        assertThat(patterns(teacher)).as("three of six have a task of the school").isEmpty();
        assertThat(patterns(otherTeacher)).singleElement()
                .satisfies(row -> assertThat(row.families()).isEqualTo(6));
    }

    @Test
    void an_auditor_has_no_task_on_any_family_and_is_flagged_like_anyone() {
        Actor otherAuditor = actor("iod2", "Ewa Kontrolna", Role.AUDITOR, centre);
        for (int i = 0; i < 5; i++) {
            readAt(MONDAY + "T1" + i + ":00", otherAuditor, AccessView.CASE_FILE, List.of(families.get(i)), "AUDIT");
        }

        assertThat(patterns(otherAuditor)).extracting(UnusualPatternRow::pattern)
                .containsExactly(UnusualPattern.MANY_CASES_WITHOUT_TASK);
    }

    @Test
    void lists_of_families_count_for_no_file_opened() {
        for (int i = 0; i < 3; i++) {
            readAt(MONDAY + "T1" + i + ":00", deputyHead, AccessView.CASE_LIST, families, "CASE_WORK");
        }

        assertThat(patterns(deputyHead)).isEmpty();
    }

    @Test
    void the_threshold_is_configurable() {
        for (int i = 0; i < 3; i++) {
            openAt(MONDAY + "T1" + i + ":00", deputyHead, families.get(i));
        }
        AccessReview strict = new AccessReview(jdbcClient, accessLog, institutions,
                new ReviewRules(3, WorkingHours.DEFAULT), clock);

        assertThat(patterns(strict, deputyHead)).extracting(UnusualPatternRow::pattern)
                .containsExactly(UnusualPattern.MANY_CASES_WITHOUT_TASK);
        assertThat(patterns(deputyHead)).isEmpty();
    }

    @Test
    void with_a_case_the_list_keeps_the_days_that_include_a_read_of_it() {
        for (int i = 0; i < 5; i++) {
            openAt(MONDAY + "T1" + i + ":00", deputyHead, families.get(i));
        }
        AccessSearch byPerson = AccessSearch.EVERYTHING.withPerson(deputyHead.userId());

        assertThat(review.unusualPatterns(review.search(byPerson.withCase(families.get(4)), auditor), auditor))
                .extracting(UnusualPatternRow::families).containsExactly(5L);
        assertThat(review.unusualPatterns(review.search(byPerson.withCase(families.get(5)), auditor), auditor))
                .isEmpty();
    }

    // ---------------------------------------------------------------- outside working hours

    @Test
    void reads_before_seven_from_eight_in_the_evening_at_weekends_and_on_holidays_are_flagged() {
        long early = openAt(MONDAY + "T06:59:59", assistant, families.get(0));
        long opening = openAt(MONDAY + "T07:00", assistant, families.get(0));
        long lastMinute = openAt(MONDAY + "T19:59:59", assistant, families.get(0));
        long evening = openAt(MONDAY + "T20:00", assistant, families.get(1));
        long saturday = openAt("2026-03-14T10:00", assistant, families.get(0));
        long holiday = openAt("2026-11-11T10:00", assistant, families.get(0));

        Map<Long, Set<UnusualPattern>> flags = flagsOf(assistant);

        assertThat(flags.get(early)).containsExactly(UnusualPattern.OUTSIDE_WORKING_HOURS);
        assertThat(flags.get(evening)).containsExactly(UnusualPattern.OUTSIDE_WORKING_HOURS);
        assertThat(flags.get(saturday)).containsExactly(UnusualPattern.OUTSIDE_WORKING_HOURS);
        assertThat(flags.get(holiday)).containsExactly(UnusualPattern.OUTSIDE_WORKING_HOURS);
        assertThat(flags.get(opening)).isEmpty();
        assertThat(flags.get(lastMinute)).isEmpty();
        assertThat(patterns(assistant)).extracting(UnusualPatternRow::day, UnusualPatternRow::reads,
                        UnusualPatternRow::families)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-11-11"), 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-03-14"), 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse(MONDAY), 2L, 2L));
        assertThat(patterns(assistant).getLast().first()).isEqualTo(at(MONDAY + "T06:59:59"));
        assertThat(patterns(assistant).getLast().last()).isEqualTo(at(MONDAY + "T20:00"));
    }

    @Test
    void working_hours_are_configurable() {
        long saturday = openAt("2026-03-14T10:00", assistant, families.get(0));
        long late = openAt(MONDAY + "T21:00", assistant, families.get(0));
        AccessReview everyDayTillTen = new AccessReview(jdbcClient, accessLog, institutions,
                new ReviewRules(5, new WorkingHours(LocalTime.of(6, 0), LocalTime.of(22, 0), false, false)), clock);

        Map<Long, Set<UnusualPattern>> flags = flagsOf(everyDayTillTen, assistant);

        assertThat(flags.get(saturday)).isEmpty();
        assertThat(flags.get(late)).isEmpty();
        assertThat(patterns(everyDayTillTen, assistant)).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private Map<Long, Set<UnusualPattern>> flagsOf(Actor reader) {
        return flagsOf(review, reader);
    }

    private Map<Long, Set<UnusualPattern>> flagsOf(AccessReview using, Actor reader) {
        Snapshot snapshot = using.search(AccessSearch.EVERYTHING.withPerson(reader.userId()), auditor);
        Map<Long, Set<UnusualPattern>> flags = new java.util.HashMap<>();
        using.records(snapshot, 0, 100, auditor).forEach(row -> flags.put(row.recordId(), row.flags()));
        return flags;
    }

    private List<UnusualPatternRow> patterns(Actor reader) {
        return patterns(review, reader);
    }

    private List<UnusualPatternRow> patterns(AccessReview using, Actor reader) {
        return using.unusualPatterns(using.search(AccessSearch.EVERYTHING.withPerson(reader.userId()), auditor),
                auditor);
    }

    private static java.time.Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ClockConfiguration.CENTRE_ZONE).toInstant();
    }
}
