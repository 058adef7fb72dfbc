package pl.asysta.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.domain.CourtDecisionKind;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModels;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.domain.ReferralId;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.sharing.domain.ConsentId;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.SupportArrangementId;
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

/**
 * A rebuild replays the whole store into copies of the read-model tables and compares them with the live ones at
 * the same event position. Built on families recorded through the facades, with consents, grants, a withdrawn
 * consent, referrals answered and declined, a plan with progress, a court's request and decision, a supporting
 * family's arrangement and help, in a database other tests share: the rebuild compares all of it.
 */
@SpringBootTest
class ReadModelRebuildTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final List<String> READ_MODEL_TABLES = List.of("case_caseload", "case_assistant",
            "case_support_item", "case_foster_placement", "case_plan_consultation", "case_plan_action_state",
            "case_plan_action", "case_plan_version", "case_timeline", "case_member", "case_summary",
            "sharing_consent", "access_grant", "referral", "court_opinion_request", "court_decision",
            "support_arrangement", "support_help", "support_claim", "support_claim_line", "support_claim_receipt");

    @Autowired
    ReadModelRebuild rebuilds;
    @Autowired
    CaseCommands commands;
    @Autowired
    SharingCommands sharing;
    @Autowired
    ReferralCommands referrals;
    @Autowired
    OpinionCommands opinions;
    @Autowired
    SupportCommands support;
    @Autowired
    InstitutionRegister institutions;
    @Autowired
    CaseProjectionRebuild liveProcessor;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private final String unique = "rb" + System.nanoTime() + "-" + NEXT.incrementAndGet();
    private final InstitutionId centre = new InstitutionId("ops-" + unique);
    private final InstitutionId school = new InstitutionId("sp-" + unique);
    private final InstitutionId court = new InstitutionId("sr-" + unique);
    private final InstitutionId household = new InstitutionId("rw-" + unique);
    private final Actor socialWorker = actor("sw", "Beata Socjalna", Role.SOCIAL_WORKER, centre);
    private final Actor head = actor("head", "Halina Kierownik", Role.CENTRE_HEAD, centre);
    private final Actor assistant = actor("as", "Anna Asystentka", Role.FAMILY_ASSISTANT, centre);
    private final Actor teacher = actor("sp", "Tomasz Pedagog", Role.INSTITUTION_STAFF, school);
    private final Actor judge = actor("sr", "Sędzia Rodzinny", Role.COURT_STAFF, court);
    private final Actor supportingFamily = actor("rw", "Barbara Wspierająca", Role.SUPPORTING_FAMILY, household);
    private final Actor auditor = actor("iod", "Inspektor Ochrony Danych", Role.AUDITOR, centre);
    private final Actor administrator = actor("admin", "Paweł Administrator", Role.ADMINISTRATOR, centre);

    /**
     * Other tests share this database, and some tamper with the event store as a superuser would (an event slipped
     * in and removed again, after the live processor may have projected it): the live read model may then hold a
     * row no stored event accounts for, which is what a rebuild is for. A first rebuild puts that right, so each
     * test here sees only the differences it makes.
     */
    @BeforeEach
    void liveReadModelAsTheHistorySays() {
        assertThat(rebuildAs(administrator).outcome()).isIn(RebuildOutcome.EQUAL, RebuildOutcome.CORRECTED);
    }

    @Test
    void a_rebuild_reproduces_every_table_of_the_live_read_model_row_for_row() {
        CaseId caseId = familyWithAgencies("Nowakowie");
        long head = liveProcessor.headPosition();

        RebuildStatus done = rebuildAs(auditor);

        assertThat(done.outcome()).isEqualTo(RebuildOutcome.EQUAL);
        assertThat(done.failure()).isNull();
        assertThat(done.startedBy()).isEqualTo(auditor.displayName());
        assertThat(done.position()).isGreaterThanOrEqualTo(head);
        assertThat(done.handled()).isEqualTo(done.total()).isGreaterThanOrEqualTo(countEvents(head));
        assertThat(done.eventsPerSecond()).isPositive();
        assertThat(done.tables()).extracting(TableComparison::table)
                .containsExactlyInAnyOrderElementsOf(READ_MODEL_TABLES);
        assertThat(done.tables()).allSatisfy(table -> {
            assertThat(table.equal()).as(table.table()).isTrue();
            assertThat(table.rebuiltRows()).as(table.table()).isEqualTo(table.liveRows());
        });
        assertThat(rows(done, "case_timeline")).isGreaterThanOrEqualTo(countRows("case_timeline", caseId));
        assertThat(List.of("case_summary", "case_timeline", "case_plan_action", "sharing_consent", "access_grant",
                "referral", "court_opinion_request", "court_decision", "support_arrangement", "support_help"))
                .allSatisfy(table -> assertThat(rows(done, table)).as(table).isPositive());
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ?",
                Long.class, "read_model_rebuild")).as("copies dropped after the run").isZero();
    }

    @Test
    void a_live_row_altered_before_the_rebuild_is_reported_as_a_difference_and_corrected_from_the_history() {
        CaseId caseId = familyWithAgencies("Kowalscy");
        long position = jdbc.queryForObject("select max(position) from case_timeline where case_id = ?", Long.class,
                caseId.value());
        String subject = jdbc.queryForObject("select subject from case_timeline where position = ?", String.class,
                position);
        jdbc.update("update case_summary set family_name = 'Ktoś Inny' where case_id = ?", caseId.value());
        jdbc.update("delete from case_timeline where position = ?", position);
        jdbc.update("update referral set answer = 'Zmieniona odpowiedź' where case_id = ? and answer is not null",
                caseId.value());

        RebuildStatus done = rebuildAs(administrator);

        assertThat(done.outcome()).isEqualTo(RebuildOutcome.CORRECTED);
        assertThat(table(done, "case_summary").differingRows()).isEqualTo(1);
        assertThat(table(done, "case_summary").exampleKeys()).containsExactly("case_id=" + caseId.value());
        assertThat(table(done, "case_timeline").differingRows()).isEqualTo(1);
        assertThat(table(done, "case_timeline").exampleKeys()).containsExactly("position=" + position);
        assertThat(table(done, "case_timeline").rebuiltRows()).isEqualTo(table(done, "case_timeline").liveRows() + 1);
        assertThat(table(done, "referral").differingRows()).isEqualTo(1);
        assertThat(done.tables()).filteredOn(TableComparison::equal).extracting(TableComparison::table)
                .doesNotContain("case_summary", "case_timeline", "referral").hasSize(READ_MODEL_TABLES.size() - 3);

        assertThat(jdbc.queryForObject("select family_name from case_summary where case_id = ?", String.class,
                caseId.value())).isEqualTo("Kowalscy " + unique);
        assertThat(jdbc.queryForObject("select subject from case_timeline where position = ?", String.class,
                position)).isEqualTo(subject);
        assertThat(jdbc.queryForList("select answer from referral where case_id = ? and answer is not null",
                String.class, caseId.value())).containsExactly("Frekwencja 80%.");
        assertThat(rebuildAs(auditor).outcome()).as("a second rebuild finds nothing left to correct")
                .isEqualTo(RebuildOutcome.EQUAL);
    }

    @Test
    void events_recorded_while_the_rebuild_runs_are_compared_at_one_position_and_the_live_tables_stay_filled() {
        CaseId caseId = familyWithAgencies("Wiśniewscy");
        long summariesBefore = jdbc.queryForObject("select count(*) from case_summary", Long.class);
        long headBefore = liveProcessor.headPosition();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger visits = new AtomicInteger();
        Thread writer = Thread.ofPlatform().start(() -> {
            while (writing.get()) {
                commands.documentWork(caseId, WorkKind.HOME_VISIT, today(), 30, List.of("Anna"),
                        "Wizyta " + visits.incrementAndGet(), DataCategory.VISITS, assistant);
            }
        });
        AtomicLong fewestSummaries = new AtomicLong(Long.MAX_VALUE);
        try {
            RebuildStatus started = rebuilds.start(auditor);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5)).until(() -> {
                fewestSummaries.accumulateAndGet(jdbc.queryForObject("select count(*) from case_summary", Long.class),
                        Math::min);
                return !rebuilds.status(auditor).running() && visits.get() > 0;
            });
            assertThat(rebuilds.status(auditor).runId()).isEqualTo(started.runId());
        } finally {
            writing.set(false);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !writer.isAlive());

        RebuildStatus done = rebuilds.status(auditor);
        assertThat(done.outcome()).as(() -> "differing tables: " + done.tables().stream()
                .filter(table -> !table.equal()).map(table -> table.table() + " " + table.exampleKeys()).toList())
                .isEqualTo(RebuildOutcome.EQUAL);
        assertThat(done.tables()).allMatch(TableComparison::equal);
        assertThat(done.position()).isGreaterThan(headBefore);
        assertThat(fewestSummaries.get()).as("the live tables were never emptied").isGreaterThanOrEqualTo(summariesBefore);
    }

    @Test
    void only_an_administrator_or_an_auditor_may_rebuild_or_read_the_outcome() {
        long runs = countRuns();
        long records = countRebuildRecords();

        for (Actor refused : List.of(socialWorker, head, assistant, teacher)) {
            refused(() -> rebuilds.start(refused), "rebuild.not-allowed");
            refused(() -> rebuilds.status(refused), "rebuild.not-allowed");
            refused(() -> rebuilds.history(refused, 10), "rebuild.not-allowed");
        }

        assertThat(countRuns()).isEqualTo(runs);
        assertThat(countRebuildRecords()).isEqualTo(records);
    }

    @Test
    void who_rebuilt_when_and_with_what_outcome_is_kept_and_the_reading_of_every_case_is_in_the_access_log() {
        RebuildStatus done = rebuildAs(administrator);

        assertThat(rebuilds.history(auditor, 5)).first().satisfies(run -> {
            assertThat(run.runId()).isEqualTo(done.runId());
            assertThat(run.startedBy()).isEqualTo(administrator.displayName());
            assertThat(run.outcome()).isEqualTo(RebuildOutcome.EQUAL);
            assertThat(run.finishedAt()).isNotNull();
            assertThat(run.position()).isEqualTo(done.position());
        });
        assertThat(jdbc.queryForObject("""
                        select count(*) from read_model_rebuild_table where run_id = ? and differing_rows = 0""",
                Long.class, done.runId())).isEqualTo(READ_MODEL_TABLES.size());
        Map<String, Object> record = jdbc.queryForMap("""
                select actor_id, actor_roles, view_name, categories, purpose from access_record
                where actor_id = ? order by record_id desc limit 1""", administrator.userId().value());
        assertThat(record).containsEntry("view_name", "READ_MODEL_REBUILD").containsEntry("actor_roles",
                "ADMINISTRATOR");
        assertThat((String) record.get("categories")).contains("BASIC", "HEALTH", "VIOLENCE");
        assertThat((String) record.get("purpose")).contains("rebuild");
    }

    @Test
    void a_second_rebuild_is_refused_while_one_runs_on_any_node() {
        Long otherNodesRun = jdbc.queryForObject("""
                insert into read_model_rebuild_run (started_at, heartbeat_at, actor_id, actor_name, actor_roles,
                    institution)
                values (now(), now(), 'other-node', 'Inny węzeł', 'AUDITOR', 'ops') returning run_id""", Long.class);
        try {
            refused(() -> rebuilds.start(auditor), "rebuild.already-running");
        } finally {
            jdbc.update("update read_model_rebuild_run set finished_at = now(), outcome = 'FAILED' where run_id = ?",
                    otherNodesRun);
        }

        RebuildStatus first = rebuilds.start(auditor);
        refused(() -> rebuilds.start(administrator), "rebuild.already-running");
        awaitFinished(first);
    }

    @Test
    void a_run_whose_node_stopped_long_ago_does_not_block_the_next() {
        Long abandoned = jdbc.queryForObject("""
                insert into read_model_rebuild_run (started_at, heartbeat_at, actor_id, actor_name, actor_roles,
                    institution)
                values (now() - interval '1 hour', now() - interval '10 minutes', 'gone', 'Węzeł zatrzymany',
                    'AUDITOR', 'ops') returning run_id""", Long.class);

        RebuildStatus done = rebuildAs(auditor);

        assertThat(done.outcome()).isEqualTo(RebuildOutcome.EQUAL);
        assertThat(jdbc.queryForMap("select outcome, failure from read_model_rebuild_run where run_id = ?", abandoned))
                .containsEntry("outcome", "FAILED").hasEntrySatisfying("failure",
                        failure -> assertThat((String) failure).contains("abandoned"));
    }

    // ---------------------------------------------------------------- the world

    /**
     * A family with every projection of the read model at work: registration, interview, assignment, a plan whose
     * action progresses, a visit, a consent grant to the school and a withdrawn one, a statutory grant, a referral
     * answered and one declined.
     */
    private CaseId familyWithAgencies(String family) {
        institutions.register(new Institution(centre, "OPS " + unique, InstitutionKind.SOCIAL_WELFARE_CENTRE));
        institutions.register(new Institution(school, "Szkoła " + unique, InstitutionKind.SCHOOL));
        institutions.register(new Institution(court, "Sąd Rejonowy " + unique, InstitutionKind.COURT));
        institutions.register(new Institution(household, "Rodzina wspierająca " + unique,
                InstitutionKind.SUPPORTING_FAMILY));
        LocalDate today = today();
        CaseId caseId = commands.registerFamily(family + " " + unique, List.of(
                        new FamilyMember(null, "Anna", family, Kinship.PARENT, LocalDate.of(1988, 4, 2)),
                        new FamilyMember(null, "Kacper", family, Kinship.CHILD, LocalDate.of(2016, 9, 1))),
                new Address("ul. Lipowa 3", "00-001", "Przykładowo"), new Contact("600 100 200", null), socialWorker).id();
        commands.recordInterview(caseId, today.minusDays(10), "Trudności wychowawcze.", List.of("wychowawcze"),
                socialWorker);
        commands.requestAssistant(caseId, "Rodzina potrzebuje wsparcia.", socialWorker);
        commands.recordConsent(caseId, "Anna " + family, today.minusDays(9), "ZG/1", socialWorker);
        commands.assignAssistant(caseId, assistant.userId(), assistant.displayName(), today.minusDays(8), head);
        commands.adoptWorkPlan(caseId, 0, "Regularna nauka syna", List.of(new PlanAction(null, "Zapisać syna do poradni",
                new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Anna", null), today.plusDays(5),
                "Syn pod opieką poradni")), assistant);
        ReadModels.awaitCaughtUp(liveProcessor);
        String actionId = jdbc.queryForObject("select action_id from case_plan_action where case_id = ?",
                String.class, caseId.value());
        commands.noteActionProgress(caseId, actionId, "Umówiona wizyta", assistant);
        commands.documentWork(caseId, WorkKind.HOME_VISIT, today.minusDays(1), 60, List.of("Anna", "Kacper"),
                "Wizyta domowa.", DataCategory.VISITS, assistant);
        sharing.recordConsent(caseId, "Anna " + family, school, Set.of(DataCategory.BASIC, DataCategory.EDUCATION),
                "Wsparcie w nauce", today, today.plusYears(1), "ZG/SP", assistant);
        ConsentId withdrawn = sharing.recordConsent(caseId, "Anna " + family, school, Set.of(DataCategory.HEALTH),
                "Opieka pielęgniarki", today, today.plusYears(1), "ZG/SP/2", assistant).id();
        sharing.withdrawConsent(caseId, withdrawn, today, "Matka wycofała zgodę", assistant);
        sharing.grantAccess(caseId, school, Set.of(DataCategory.VIOLENCE), "Nadzór kuratora",
                GrantBasis.COURT_ORDER, "III Nsm 1/26", today.plusYears(1), socialWorker);
        ReferralId answered = referrals.refer(caseId, school, DataCategory.EDUCATION, "Sytuacja szkolna",
                "Jak syn radzi sobie w nauce?", today.plusDays(7), assistant).id();
        referrals.accept(answered, teacher);
        referrals.answer(answered, "Frekwencja 80%.", today, teacher);
        ReferralId declined = referrals.refer(caseId, school, DataCategory.EDUCATION, "Zajęcia dodatkowe",
                "Czy są miejsca?", today.plusDays(7), assistant).id();
        referrals.decline(declined, "Brak miejsc", teacher);
        OpinionRequestId opinion = opinions.request(centre, family, LocalDate.of(1988, 4, 2), "III RC 12/26",
                "Jak rodzina współpracuje z asystentem?", today.plusDays(14), judge).id();
        opinions.recordDecision(opinion, CourtDecisionKind.ORDER_TO_WORK_WITH_ASSISTANT, today.minusDays(1),
                null, "Zobowiązanie do współpracy z asystentem.", judge);
        SupportArrangementId arrangement = support.recordArrangement(caseId, household, "RW/1/" + unique,
                today.minusDays(20), today.plusMonths(6), Set.of(CostKind.TRAVEL), new BigDecimal("200.00"), head).id();
        support.logHelp(arrangement, today.minusDays(2), 120, HelpKind.CHILDCARE, "Opieka nad Kacprem.",
                supportingFamily);
        ReadModels.awaitCaughtUp(liveProcessor);
        return caseId;
    }

    // ---------------------------------------------------------------- helpers

    private RebuildStatus rebuildAs(Actor actor) {
        return awaitFinished(rebuilds.start(actor));
    }

    private RebuildStatus awaitFinished(RebuildStatus started) {
        assertThat(started.running()).isTrue();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> !rebuilds.status(auditor).running());
        RebuildStatus done = rebuilds.status(auditor);
        assertThat(done.runId()).isEqualTo(started.runId());
        return done;
    }

    private static TableComparison table(RebuildStatus status, String name) {
        return status.tables().stream().filter(table -> table.table().equals(name)).findFirst().orElseThrow();
    }

    private static long rows(RebuildStatus status, String name) {
        return table(status, name).rebuiltRows();
    }

    private long countRows(String table, CaseId caseId) {
        return jdbc.queryForObject("select count(*) from " + table + " where case_id = ?", Long.class, caseId.value());
    }

    private long countEvents(long upTo) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where global_index <= ?", Long.class,
                upTo);
    }

    private long countRuns() {
        return jdbc.queryForObject("select count(*) from read_model_rebuild_run", Long.class);
    }

    private long countRebuildRecords() {
        return jdbc.queryForObject("select count(*) from access_record where view_name = 'READ_MODEL_REBUILD'",
                Long.class);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
    }

    private Actor actor(String name, String displayName, Role role, InstitutionId institution) {
        return new Actor(new UserId(name + "-" + unique), displayName, Set.of(role), institution);
    }

    private static void refused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(messageKey));
    }
}
