package pl.asysta.cases.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.familycase.ActionStatus;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.cases.familycase.ReadModelTables;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModelProjection;
import pl.asysta.cases.readmodel.ReadModels;
import pl.asysta.cases.readmodel.ScratchReadModel;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.sharing.GrantRow;
import pl.asysta.cases.sharing.GrantState;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.sharing.SharingQueries;
import pl.asysta.cases.sharing.domain.ConsentId;
import pl.asysta.cases.sharing.domain.RevocationReason;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;
import pl.asysta.time.TestClock;

/**
 * A case as it stood on an earlier day or at an earlier event position. The case's history is made through the
 * facades on three days (forty and twenty days ago, today), and what the case looked like after the first day is
 * written down here by hand from those commands, not from any projection: the header, the plan in force then
 * (version 1, its action still open), the timeline up to then and nothing after, and the school's grant active
 * then although its consent has been withdrawn since.
 */
@SpringBootTest
@Import(TestClock.Configuration.class)
class PointInTimeTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final InstitutionId CENTRE = new InstitutionId("ops-pit");
    private static final LocalDate ANNA_BORN = LocalDate.of(1990, 4, 2);
    private static final LocalDate OLA_BORN = LocalDate.of(2016, 9, 1);

    /** The entries of the first day, newest first, as the commands below make them. */
    private static final List<String> FIRST_DAY = List.of("ObservationRecorded", "WorkDocumented",
            "AccessGranted", "SharingConsentRecorded", "AccessGranted", "SharingConsentRecorded", "WorkPlanAdopted",
            "AssistantAssigned", "ConsentRecorded", "AssistantRequested", "EnvironmentalInterviewRecorded",
            "FamilyRegistered");
    private static final List<String> SECOND_DAY = List.of("CaseReferred", "AccessRevoked",
            "SharingConsentWithdrawn", "WorkPlanAdopted", "PlanActionProgressed");
    private static final List<String> TODAY = List.of("WorkDocumented", "PeriodicAssessmentRecorded",
            "PlanActionCompleted");

    @Autowired
    CaseCommands commands;
    @Autowired
    SharingCommands sharing;
    @Autowired
    ReferralCommands referralCommands;
    @Autowired
    CaseFileQueries queries;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    TimelineQueries timeline;
    @Autowired
    SharingQueries sharingQueries;
    @Autowired
    ReferralQueries referralQueries;
    @Autowired
    PointInTime pointInTime;
    @Autowired
    InstitutionRegister institutions;
    @Autowired
    CaseProjectionRebuild rebuild;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<ReadModelProjection> projections;
    @Autowired
    PlatformTransactionManager transactions;

    private final String unique = "pit" + System.nanoTime() + "-" + NEXT.incrementAndGet();
    private final Actor socialWorker = actor("sw", "Beata Socjalna", Role.SOCIAL_WORKER, CENTRE);
    private final Actor head = actor("head", "Halina Kierownik", Role.CENTRE_HEAD, CENTRE);
    private final Actor assistant = actor("as", "Anna Asystentka", Role.FAMILY_ASSISTANT, CENTRE);
    private final Actor auditor = actor("iod", "Inspektor Ochrony Danych", Role.AUDITOR, CENTRE);
    private final InstitutionId school = new InstitutionId("sp-" + unique);
    private final InstitutionId clinic = new InstitutionId("poz-" + unique);
    private final Actor schoolStaff = actor("sp", "Tomasz Pedagog", Role.INSTITUTION_STAFF, school);
    private final Actor nurse = actor("poz", "Zofia Pielęgniarka", Role.INSTITUTION_STAFF, clinic);

    private LocalDate firstDay;
    private LocalDate secondDay;
    private CaseId caseId;
    /** The position of the first day's last event, taken from the event store while the case stood so. */
    private long endOfFirstDay;

    @BeforeEach
    void aCaseWithThreeDaysOfHistory() {
        // Events are stamped with the clock Axon was last given; these tests need theirs, which moves.
        GenericEventMessage.clock = clock;
        institutions.register(new Institution(school, "Szkoła Podstawowa " + unique, InstitutionKind.SCHOOL));
        institutions.register(new Institution(clinic, "Przychodnia " + unique, InstitutionKind.HEALTH_SERVICE));
        LocalDate today = today();
        firstDay = today.minusDays(40);
        secondDay = today.minusDays(20);
        try {
            clock.moveDays(-40);
            firstDayOfWork();
            endOfFirstDay = lastEventOfTheCase();
            clock.moveDays(-20);
            secondDayOfWork();
        } finally {
            clock.backToToday();
        }
        today(today);
        ReadModels.awaitCaughtUp(rebuild);
    }

    @AfterEach
    void clockBackToToday() {
        clock.backToToday();
    }

    // ---------------------------------------------------------------- the case after the first day

    @Test
    void every_table_the_case_read_model_writes_for_a_case_is_rebuilt_for_a_reading_of_its_past() {
        pointInTime.at(caseId, HistoryPoint.latest(), auditor).orElseThrow();

        assertThat(jdbc.queryForList("select tablename from pg_tables where schemaname = 'read_model_as_of_1'",
                String.class)).as("the assistants' caseloads are theirs, not the case's")
                .containsExactlyInAnyOrderElementsOf(projections.stream().flatMap(each -> each.tables().stream())
                        .filter(table -> !table.equals("case_caseload")).toList());
    }

    @Test
    void the_header_is_the_one_of_the_day_asked_for() {
        CaseAsOf then = pointInTime.at(caseId, HistoryPoint.endOf(firstDay), auditor).orElseThrow();

        assertThat(then.position()).isEqualTo(endOfFirstDay);
        assertThat(then.day()).isEqualTo(firstDay);
        CaseDetails header = then.details();
        assertThat(header.familyName()).isEqualTo("Malinowscy " + unique);
        assertThat(header.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(header.assistantName()).isEqualTo("Anna Asystentka");
        assertThat(header.assistantSince()).isEqualTo(firstDay);
        assertThat(header.planVersion()).isEqualTo(1);
        assertThat(header.lastAssessmentOn()).isNull();
        assertThat(header.nextAssessmentDue()).isEqualTo(firstDay.plusMonths(6));
        assertThat(header.consent().inForce()).isTrue();
        assertThat(header.members()).extracting(CaseDetails.MemberRow::firstName, CaseDetails.MemberRow::age)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna", ageOn(ANNA_BORN, firstDay)),
                        org.assertj.core.groups.Tuple.tuple("Ola", ageOn(OLA_BORN, firstDay)));
        assertThat(header.visibleCategories()).containsExactlyInAnyOrder(DataCategory.values());

        CaseDetails now = queries.details(caseId, auditor).orElseThrow();
        assertThat(now.planVersion()).isEqualTo(2);
        assertThat(now.lastAssessmentOn()).isEqualTo(today());
    }

    @Test
    void the_plan_is_the_version_in_force_then_with_its_action_still_open() {
        CaseAsOf then = pointInTime.at(caseId, HistoryPoint.endOf(firstDay), auditor).orElseThrow();

        assertThat(then.plan()).extracting(PlanVersionDetails::version).containsExactly(1);
        PlanVersionDetails version = then.plan().getFirst();
        assertThat(version.goals()).isEqualTo("Poprawa opieki nad Olą");
        assertThat(version.actions()).extracting(PlanVersionDetails.PlanActionRow::actionId,
                        PlanVersionDetails.PlanActionRow::status, PlanVersionDetails.PlanActionRow::lastProgressNote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1-" + unique, ActionStatus.OPEN, null));

        List<PlanVersionDetails> now = queries.workPlan(caseId, auditor);
        assertThat(now).extracting(PlanVersionDetails::version).containsExactly(2, 1);
        assertThat(now.getLast().actions().getFirst().status()).isEqualTo(ActionStatus.COMPLETED);
    }

    @Test
    void the_timeline_holds_the_entries_up_to_the_point_and_none_after_it() {
        CaseAsOf then = pointInTime.at(caseId, HistoryPoint.endOf(firstDay), auditor).orElseThrow();

        assertThat(then.timeline()).extracting(TimelineRow::type).containsExactlyElementsOf(FIRST_DAY);
        assertThat(then.timeline()).allSatisfy(row -> assertThat(row.position()).isLessThanOrEqualTo(endOfFirstDay));
        assertThat(timeline.page(caseId, TimelineFilter.ALL, 0, 100, auditor)).extracting(TimelineRow::type)
                .containsExactlyElementsOf(concat(TODAY, SECOND_DAY, FIRST_DAY));
    }

    @Test
    void a_grant_active_then_and_revoked_since_shows_as_active_then() {
        CaseAsOf then = pointInTime.at(caseId, HistoryPoint.endOf(firstDay), auditor).orElseThrow();

        GrantRow schoolThen = grantOf(then.grants(), school);
        assertThat(schoolThen.state()).isEqualTo(GrantState.ACTIVE);
        assertThat(schoolThen.revokedOn()).isNull();
        assertThat(schoolThen.categories()).containsExactlyInAnyOrder(DataCategory.BASIC, DataCategory.EDUCATION);
        assertThat(then.consents()).filteredOn(consent -> consent.institution().equals(school))
                .singleElement().satisfies(consent -> {
                    assertThat(consent.inForce()).isTrue();
                    assertThat(consent.withdrawnOn()).isNull();
                });
        assertThat(then.referrals()).isEmpty();

        CaseFile file = caseFiles.open(caseId, auditor).orElseThrow();
        GrantRow schoolNow = grantOf(sharingQueries.grants(file), school);
        assertThat(schoolNow.state()).isEqualTo(GrantState.REVOKED);
        assertThat(schoolNow.revokedOn()).isEqualTo(secondDay);
        assertThat(schoolNow.revocation()).isEqualTo(RevocationReason.CONSENT_WITHDRAWN);
    }

    // ---------------------------------------------------------------- positions, now, comparison

    @Test
    void an_event_position_shows_the_case_right_after_that_event() {
        long secondPlan = timeline.page(caseId, TimelineFilter.types("WorkPlanAdopted"), 0, 10, auditor)
                .getFirst().position();

        CaseAsOf then = pointInTime.at(caseId, HistoryPoint.position(secondPlan), auditor).orElseThrow();

        assertThat(then.position()).isEqualTo(secondPlan);
        assertThat(then.day()).isEqualTo(secondDay);
        assertThat(then.details().planVersion()).isEqualTo(2);
        assertThat(then.plan().getFirst().actions()).extracting(PlanVersionDetails.PlanActionRow::status,
                        PlanVersionDetails.PlanActionRow::lastProgressNote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ActionStatus.OPEN, "Termin w poradni ustalony"),
                        org.assertj.core.groups.Tuple.tuple(ActionStatus.OPEN, null));
        assertThat(then.timeline().getFirst().type()).isEqualTo("WorkPlanAdopted");
        assertThat(grantOf(then.grants(), school).state()).isEqualTo(GrantState.ACTIVE);
    }

    @Test
    void now_is_exactly_what_the_case_page_shows() {
        CaseAsOf now = pointInTime.at(caseId, HistoryPoint.latest(), auditor).orElseThrow();

        CaseFile file = caseFiles.open(caseId, auditor).orElseThrow();
        assertThat(now.details()).isEqualTo(queries.details(file).orElseThrow());
        assertThat(now.plan()).isEqualTo(queries.workPlan(file));
        assertThat(now.timeline()).isEqualTo(timeline.page(file, TimelineFilter.ALL, 0, 1000));
        assertThat(now.consents()).isEqualTo(sharingQueries.consents(file));
        assertThat(now.grants()).isEqualTo(sharingQueries.grants(file));
        assertThat(now.referrals()).isEqualTo(referralQueries.ofCase(file));
        assertThat(now.day()).isEqualTo(today());
    }

    @Test
    void two_points_compared_show_what_was_added_in_between() {
        CaseComparison comparison = pointInTime.compare(caseId, HistoryPoint.latest(),
                HistoryPoint.endOf(firstDay), auditor).orElseThrow();

        assertThat(comparison.earlier().position()).isEqualTo(endOfFirstDay);
        assertThat(comparison.earlier().details().planVersion()).isEqualTo(1);
        assertThat(comparison.later().details().planVersion()).isEqualTo(2);
        assertThat(comparison.addedBetween()).extracting(TimelineRow::type)
                .containsExactlyElementsOf(concat(TODAY, SECOND_DAY));
        assertThat(comparison.grantsChangedBetween()).extracting(GrantRow::institution, GrantRow::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(school, GrantState.REVOKED));
        assertThat(comparison.earlierGrant(comparison.grantsChangedBetween().getFirst().grantId()))
                .hasValueSatisfying(grant -> assertThat(grant.state()).isEqualTo(GrantState.ACTIVE));
    }

    @Test
    void a_day_shows_what_was_recorded_by_its_end_even_when_it_was_stored_after_later_entries() {
        long secondPlan = timeline.page(caseId, TimelineFilter.types("WorkPlanAdopted"), 0, 10, auditor)
                .getFirst().position();
        LocalDate lateDay = today().minusDays(30);
        clock.moveDays(-30);
        try {
            commands.documentWork(caseId, WorkKind.CONSULTATION, lateDay, 30, List.of("Anna"),
                    "Notatka z konsultacji, zapisana z datą sprzed miesiąca.", DataCategory.VISITS, assistant);
        } finally {
            clock.backToToday();
        }
        ReadModels.awaitCaughtUp(rebuild);

        CaseComparison both = pointInTime.compare(caseId, HistoryPoint.endOf(lateDay),
                HistoryPoint.position(secondPlan), auditor).orElseThrow();

        CaseAsOf onTheDay = both.earlier();
        assertThat(onTheDay.day()).isEqualTo(lateDay);
        assertThat(onTheDay.details().planVersion()).isEqualTo(1);
        assertThat(onTheDay.timeline()).extracting(TimelineRow::type)
                .containsExactlyElementsOf(concat(List.of("WorkDocumented"), FIRST_DAY));
        CaseAsOf atThePlan = both.later();
        assertThat(atThePlan.details().planVersion()).isEqualTo(2);
        assertThat(atThePlan.timeline().getFirst().type()).isEqualTo("WorkPlanAdopted");
        assertThat(atThePlan.timeline()).extracting(TimelineRow::text)
                .doesNotContain("Notatka z konsultacji, zapisana z datą sprzed miesiąca.");
        assertThat(onTheDay.timeline()).extracting(TimelineRow::text)
                .contains("Notatka z konsultacji, zapisana z datą sprzed miesiąca.");
    }

    // ---------------------------------------------------------------- who may look, and the record of it

    @Test
    void a_reader_sees_the_past_only_in_the_categories_they_may_read_today() {
        CaseAsOf then = pointInTime.at(caseId, HistoryPoint.endOf(firstDay), nurse).orElseThrow();

        assertThat(then.details().visibleCategories()).containsExactly(DataCategory.HEALTH);
        assertThat(then.details().members()).isEmpty();
        assertThat(then.details().planVersion()).isZero();
        assertThat(then.plan()).isEmpty();
        assertThat(then.grants()).isEmpty();
        assertThat(then.consents()).isEmpty();
        assertThat(then.timeline()).extracting(TimelineRow::type, TimelineRow::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ObservationRecorded", DataCategory.HEALTH));
    }

    @Test
    void access_that_has_ended_opens_no_past_either_and_leaves_no_record() {
        long recordsBefore = recordsOf(schoolStaff);

        assertThat(pointInTime.at(caseId, HistoryPoint.endOf(firstDay), schoolStaff)).isEmpty();
        assertThat(pointInTime.at(caseId, HistoryPoint.endOf(firstDay), actor("as2", "Marek Asystent",
                Role.FAMILY_ASSISTANT, CENTRE))).isEmpty();
        assertThat(pointInTime.at(new CaseId("missing-" + unique), HistoryPoint.latest(), auditor)).isEmpty();
        assertThat(recordsOf(schoolStaff)).isEqualTo(recordsBefore);
    }

    @Test
    void each_look_is_recorded_with_its_positions_before_anything_is_shown_and_alerts_the_assistant() {
        CaseComparison comparison = pointInTime.compare(caseId, HistoryPoint.endOf(firstDay), HistoryPoint.latest(),
                auditor).orElseThrow();

        Map<String, Object> record = jdbc.queryForMap("""
                select record_id, view_name, categories, purpose, case_ids[1] as case_id from access_record
                where actor_id = ? order by record_id desc limit 1""", auditor.userId().value());
        assertThat(record.get("view_name")).isEqualTo("CASE_FILE_AS_OF");
        assertThat(record.get("case_id")).isEqualTo(caseId.value());
        assertThat((String) record.get("purpose")).isEqualTo("AUDIT; AS_OF " + comparison.earlier().position()
                + ", " + comparison.later().position());
        assertThat(((String) record.get("categories")).split(",")).hasSize(DataCategory.values().length);
        assertThat(jdbc.queryForObject("select count(*) from access_alert where record_id = ? and assistant_id = ?",
                Integer.class, record.get("record_id"), assistant.userId().value())).isOne();
        CaseFile file = caseFiles.open(caseId, assistant).orElseThrow();
        assertThat(sharingQueries.openings(file)).extracting(row -> row.actorName())
                .contains(auditor.displayName());
    }

    @Test
    void looking_at_the_past_leaves_the_live_read_model_as_it_was() {
        var before = ReadModelTables.ofCases(jdbc, List.of(caseId.value()), CENTRE.value());

        pointInTime.compare(caseId, HistoryPoint.endOf(firstDay), HistoryPoint.latest(), auditor).orElseThrow();
        pointInTime.at(caseId, HistoryPoint.endOf(secondDay), assistant).orElseThrow();

        assertThat(ReadModelTables.ofCases(jdbc, List.of(caseId.value()), CENTRE.value())).isEqualTo(before);
        assertThat(queries.details(caseId, assistant).orElseThrow().planVersion()).isEqualTo(2);
    }

    @Test
    void readings_at_the_same_moment_each_see_their_own_past_and_leave_the_copies_empty() throws Exception {
        CaseAsOf then = pointInTime.at(caseId, HistoryPoint.endOf(firstDay), auditor).orElseThrow();
        CaseAsOf now = pointInTime.at(caseId, HistoryPoint.latest(), auditor).orElseThrow();
        int readers = ScratchReadModel.SLOTS + 2;
        CyclicBarrier together = new CyclicBarrier(readers);
        List<Callable<CaseAsOf>> readings = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            HistoryPoint point = i % 2 == 0 ? HistoryPoint.endOf(firstDay) : HistoryPoint.latest();
            readings.add(() -> {
                together.await(10, TimeUnit.SECONDS);
                return pointInTime.at(caseId, point, auditor).orElseThrow();
            });
        }

        List<CaseAsOf> read = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(readers)) {
            for (Future<CaseAsOf> reading : pool.invokeAll(readings, 60, TimeUnit.SECONDS)) {
                read.add(reading.get());
            }
        }

        for (int i = 0; i < readers; i++) {
            CaseAsOf expected = i % 2 == 0 ? then : now;
            assertThat(read.get(i).timeline()).as("reading %d", i).isEqualTo(expected.timeline());
            assertThat(read.get(i).details()).as("reading %d", i).isEqualTo(expected.details());
            assertThat(read.get(i).grants()).as("reading %d", i).isEqualTo(expected.grants());
        }
        for (int slot = 1; slot <= ScratchReadModel.SLOTS; slot++) {
            for (String table : ScratchReadModel.caseTables(projections)) {
                assertThat(jdbc.queryForObject("select count(*) from read_model_as_of_" + slot + "." + table,
                        Long.class)).as("rows left in read_model_as_of_%d.%s", slot, table).isZero();
            }
        }
    }

    @Test
    void copies_that_no_longer_match_a_live_table_are_made_again_before_a_reading() {
        pointInTime.at(caseId, HistoryPoint.latest(), auditor).orElseThrow();
        jdbc.execute("alter table read_model_as_of_3.case_timeline drop column body");
        jdbc.execute("drop table read_model_as_of_3.referral");

        try (ScratchReadModel copies = new ScratchReadModel(jdbc, new TransactionTemplate(transactions),
                ScratchReadModel.caseTables(projections))) {
            copies.prepare();
        }

        assertThat(columns("read_model_as_of_3", "case_timeline")).isEqualTo(columns("public", "case_timeline"));
        assertThat(columns("read_model_as_of_3", "referral")).isEqualTo(columns("public", "referral"));
    }

    private List<String> columns(String schema, String table) {
        return jdbc.queryForList("""
                select column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')
                from information_schema.columns
                where table_schema = ? and table_name = ? order by ordinal_position""", String.class, schema, table);
    }

    @Test
    void the_past_stays_the_past_when_statements_were_prepared_on_the_live_tables_first() {
        for (int i = 0; i < 10; i++) {
            queries.details(caseId, auditor).orElseThrow();
        }
        for (int i = 0; i < 3; i++) {
            assertThat(pointInTime.at(caseId, HistoryPoint.endOf(firstDay), auditor).orElseThrow().details()
                    .planVersion()).isEqualTo(1);
            assertThat(queries.details(caseId, auditor).orElseThrow().planVersion()).isEqualTo(2);
        }
    }

    @Test
    void a_day_before_the_case_or_after_today_is_refused_in_words_the_reader_understands() {
        assertThatThrownBy(() -> pointInTime.at(caseId, HistoryPoint.endOf(firstDay.minusDays(1)), auditor))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("pit.before-first-event"));
        assertThatThrownBy(() -> pointInTime.at(caseId, HistoryPoint.endOf(today().plusDays(1)), auditor))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("pit.point-in-future"));
        assertThatThrownBy(() -> pointInTime.at(caseId, HistoryPoint.position(Long.MAX_VALUE / 2), auditor))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("pit.point-in-future"));
    }

    // ---------------------------------------------------------------- the history, made through the facades

    private void firstDayOfWork() {
        LocalDate today = today();
        caseId = commands.registerFamily("Malinowscy " + unique, List.of(
                        new FamilyMember(null, "Anna", "Malinowska", Kinship.PARENT, ANNA_BORN),
                        new FamilyMember(null, "Ola", "Malinowska", Kinship.CHILD, OLA_BORN)),
                new Address("ul. Lipowa 3", "00-001", "Przykładowo"), new Contact("600 100 200", null), socialWorker).id();
        commands.recordInterview(caseId, today, "Trudności wychowawcze.", List.of("wychowawcze"), socialWorker);
        commands.requestAssistant(caseId, "Rodzina potrzebuje wsparcia asystenta.", socialWorker);
        commands.recordConsent(caseId, "Anna Malinowska", today, "ZG/1/" + unique, socialWorker);
        commands.assignAssistant(caseId, assistant.userId(), assistant.displayName(), today, head);
        commands.adoptWorkPlan(caseId, 0, "Poprawa opieki nad Olą", List.of(new PlanAction("a1-" + unique,
                "Zapisać Olę do poradni", new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Anna Malinowska", null),
                today.plusDays(30), "Ola pod opieką poradni")), assistant);
        sharing.recordConsent(caseId, "Anna Malinowska", school, Set.of(DataCategory.BASIC, DataCategory.EDUCATION),
                "Wsparcie Oli w nauce", today, today.plusYears(1), "ZG/SP/" + unique, assistant);
        sharing.recordConsent(caseId, "Anna Malinowska", clinic, Set.of(DataCategory.HEALTH),
                "Opieka pielęgniarki", today, today.plusYears(1), "ZG/POZ/" + unique, assistant);
        commands.documentWork(caseId, WorkKind.HOME_VISIT, today, 60, List.of("Anna", "Ola"),
                "Pierwsza wizyta domowa.", DataCategory.VISITS, assistant);
        ReadModels.awaitCaughtUp(rebuild);
        commands.recordObservation(caseId, ObservationKind.OBSERVATION, DataCategory.HEALTH, today,
                "Bilans Oli zaległy.", nurse);
    }

    private void secondDayOfWork() {
        LocalDate today = today();
        commands.noteActionProgress(caseId, "a1-" + unique, "Termin w poradni ustalony", assistant);
        commands.adoptWorkPlan(caseId, 1, "Poprawa opieki nad Olą i nauka", List.of(
                new PlanAction("a1-" + unique, "Zapisać Olę do poradni",
                        new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Anna Malinowska", null),
                        today.plusDays(10), "Ola pod opieką poradni"),
                new PlanAction("a2-" + unique, "Codzienna nauka z Olą",
                        new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Anna Malinowska", null),
                        today.plusDays(60), "Lepsze oceny")), assistant);
        ReadModels.awaitCaughtUp(rebuild);
        ConsentId schoolConsent = sharingQueries.consents(caseFiles.open(caseId, assistant).orElseThrow()).stream()
                .filter(consent -> consent.institution().equals(school)).findFirst().orElseThrow().consentId();
        sharing.withdrawConsent(caseId, schoolConsent, today, "Matka wycofała zgodę", assistant);
        referralCommands.refer(caseId, clinic, DataCategory.HEALTH, "Stan zdrowia", "Czy bilans wykonano?",
                today.plusDays(14), assistant);
    }

    private void today(LocalDate today) {
        commands.completeAction(caseId, "a1-" + unique, "Ola zapisana", assistant);
        commands.recordAssessment(caseId, today, "Sytuacja stabilna", "Postępy", true, assistant);
        commands.documentWork(caseId, WorkKind.HOME_VISIT, today, 45, List.of("Anna"), "Wizyta kontrolna.",
                DataCategory.VISITS, assistant);
    }

    // ---------------------------------------------------------------- helpers

    private long lastEventOfTheCase() {
        return jdbc.queryForObject("""
                select max(global_index) from domain_event_entry
                where event_case_id(payload) = ? and type <> 'AssistantCaseload'""", Long.class, caseId.value());
    }

    private long recordsOf(Actor actor) {
        return jdbc.queryForObject("select count(*) from access_record where actor_id = ?", Long.class,
                actor.userId().value());
    }

    private static GrantRow grantOf(List<GrantRow> grants, InstitutionId institution) {
        return grants.stream().filter(grant -> grant.institution().equals(institution)).findFirst().orElseThrow();
    }

    private static int ageOn(LocalDate born, LocalDate day) {
        return Period.between(born, day).getYears();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
    }

    private Actor actor(String name, String displayName, Role role, InstitutionId institution) {
        return new Actor(new UserId(name + "-" + unique), displayName, Set.of(role), institution);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
