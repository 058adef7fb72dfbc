package pl.asysta.cases.access;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.access.AgencyWorld.Family.KAMINSCY;
import static pl.asysta.cases.access.AgencyWorld.Family.KOWALCZYKOWIE;
import static pl.asysta.cases.access.AgencyWorld.Family.MISSING;
import static pl.asysta.cases.access.AgencyWorld.Family.NOWAKOWIE;
import static pl.asysta.cases.access.AgencyWorld.Family.WISNIEWSCY;
import static pl.asysta.cases.access.AgencyWorld.Family.WOJCIKOWIE;
import static pl.asysta.cases.access.AgencyWorld.Family.ZIELINSCY;
import static pl.asysta.cases.access.AgencyWorld.Who.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import pl.asysta.cases.access.AgencyWorld.Family;
import pl.asysta.cases.access.AgencyWorld.Who;
import pl.asysta.cases.access.domain.AccessRules;
import pl.asysta.cases.familycase.AssessmentDueRow;
import pl.asysta.cases.familycase.AssignmentRequestRow;
import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.CaseloadRow;
import pl.asysta.cases.familycase.DueActionRow;
import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.cases.referral.domain.ReferralId;
import pl.asysta.cases.sharing.domain.ConsentId;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.sharing.domain.GrantId;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.UserId;

/**
 * The access matrix (docs/access-matrix.md), asked of every query and command facade the screens use, for every
 * role against a set of families (ADR 0011). A case somebody may not see is answered exactly as a case that does not
 * exist: empty, or {@code case.not-found}. Timeline rows outside the categories someone may read never reach
 * them. The auditor reads everything, every read recorded, and may do nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class AccessMatrixTest extends AccessTest {

    static final Set<DataCategory> ALL = EnumSet.allOf(DataCategory.class);
    static final Set<DataCategory> NOTHING = Set.of();
    static final Set<DataCategory> COORDINATION = AccessRules.FOSTER_CARE_COORDINATOR_CATEGORIES;
    static final Set<DataCategory> SCHOOL_GRANT = Set.of(DataCategory.BASIC, DataCategory.EDUCATION);
    static final Set<DataCategory> TEAM_GRANT = Set.of(DataCategory.VIOLENCE);
    static final Set<DataCategory> HEALTH_GRANT = Set.of(DataCategory.HEALTH);

    /** Who reads which categories of which family's case. Nobody reads anything of a case that does not exist. */
    static final Map<Who, List<Set<DataCategory>>> READS = Map.ofEntries(
            //                              NOWAKOWIE     WISNIEWSCY  ZIELINSCY  KOWALCZYKOWIE
            reads(ASSIGNED_ASSISTANT,            ALL,          NOTHING,    NOTHING,   NOTHING),
            reads(OTHER_ASSISTANT,               NOTHING,      ALL,        NOTHING,   NOTHING),
            reads(CASE_SOCIAL_WORKER,            ALL,          NOTHING,    NOTHING,   ALL),
            reads(OTHER_SOCIAL_WORKER,           NOTHING,      ALL,        NOTHING,   NOTHING),
            reads(CENTRE_HEAD,                   ALL,          ALL,        NOTHING,   ALL),
            reads(OTHER_CENTRE_HEAD,             NOTHING,      NOTHING,    ALL,       NOTHING),
            reads(CHILDS_COORDINATOR,            COORDINATION, NOTHING,    NOTHING,   NOTHING),
            reads(OTHER_COORDINATOR,             NOTHING,      NOTHING,    NOTHING,   NOTHING),
            reads(TEAM_MEMBER_WITH_GRANT,        TEAM_GRANT,   NOTHING,    NOTHING,   NOTHING),
            reads(TEAM_MEMBER_WITHOUT_GRANT,     NOTHING,      NOTHING,    NOTHING,   NOTHING),
            reads(SCHOOL_WITH_ACTIVE_GRANT,      SCHOOL_GRANT, NOTHING,    NOTHING,   NOTHING),
            reads(SCHOOL_WITH_EXPIRED_GRANT,     NOTHING,      NOTHING,    NOTHING,   NOTHING),
            reads(SCHOOL_WITH_WITHDRAWN_CONSENT, NOTHING,      NOTHING,    NOTHING,   NOTHING),
            reads(SCHOOL_WITHOUT_GRANT,          NOTHING,      NOTHING,    NOTHING,   NOTHING),
            reads(HEALTH_STAFF_WITH_GRANT,       HEALTH_GRANT, NOTHING,    NOTHING,   NOTHING),
            reads(SUPPORTING_FAMILY,             NOTHING,      NOTHING,    NOTHING,   NOTHING),
            reads(COURT_STAFF,                   NOTHING,      NOTHING,    NOTHING,   NOTHING),
            reads(AUDITOR,                       ALL,          ALL,        ALL,       ALL),
            reads(ADMINISTRATOR,                 NOTHING,      NOTHING,    NOTHING,   NOTHING));

    /** The families of the columns of {@link #READS}. */
    static final List<Family> COLUMNS = List.of(NOWAKOWIE, WISNIEWSCY, ZIELINSCY, KOWALCZYKOWIE);

    /** The lists of a person's work: which of the families each shows them. */
    static final List<WorkLists> WORK = List.of(
            // who, then: awaiting assignment, plan actions due, assessments due, referrals due, referral inbox
            work(ASSIGNED_ASSISTANT, none(), of(NOWAKOWIE), of(NOWAKOWIE), of(NOWAKOWIE), none()),
            work(OTHER_ASSISTANT, none(), none(), of(WISNIEWSCY), none(), none()),
            work(CASE_SOCIAL_WORKER, of(KOWALCZYKOWIE), of(NOWAKOWIE), of(NOWAKOWIE), of(NOWAKOWIE), none()),
            work(OTHER_SOCIAL_WORKER, none(), none(), of(WISNIEWSCY), none(), none()),
            work(CENTRE_HEAD, of(KOWALCZYKOWIE), of(NOWAKOWIE), of(NOWAKOWIE, WISNIEWSCY), of(NOWAKOWIE), none()),
            work(OTHER_CENTRE_HEAD, none(), none(), none(), none(), none()),
            work(CHILDS_COORDINATOR, none(), none(), none(), none(), none()),
            work(OTHER_COORDINATOR, none(), none(), none(), none(), none()),
            work(TEAM_MEMBER_WITH_GRANT, none(), none(), none(), none(), of(NOWAKOWIE)),
            work(TEAM_MEMBER_WITHOUT_GRANT, none(), none(), none(), none(), none()),
            work(SCHOOL_WITH_ACTIVE_GRANT, none(), none(), none(), none(), of(NOWAKOWIE)),
            work(SCHOOL_WITH_EXPIRED_GRANT, none(), none(), none(), none(), none()),
            work(SCHOOL_WITH_WITHDRAWN_CONSENT, none(), none(), none(), none(), none()),
            work(SCHOOL_WITHOUT_GRANT, none(), none(), none(), none(), of(NOWAKOWIE)),
            work(HEALTH_STAFF_WITH_GRANT, none(), none(), none(), none(), of(NOWAKOWIE)),
            work(SUPPORTING_FAMILY, none(), none(), none(), none(), none()),
            work(COURT_STAFF, none(), none(), none(), none(), none()),
            work(AUDITOR, none(), none(), none(), none(), none()),
            work(ADMINISTRATOR, none(), none(), none(), none(), none()));

    /** What the commands change: the Wójciks' case (built like the Nowaks'); the assignment, the Kamińskis'. */
    enum Write {
        RECORD_INTERVIEW, CONSULT_PLAN, ASSIGN_ASSISTANT, NOTE_ACTION_PROGRESS, DOCUMENT_VISIT, RECORD_ASSESSMENT,
        RECORD_COURT_ORDER, CONSULT_COORDINATOR, OBSERVE_EDUCATION, OBSERVE_HEALTH, NOTE_TEAM_MEETING,
        RECORD_SHARING_CONSENT, GRANT_ACCESS, WITHDRAW_SHARING_CONSENT, REVOKE_GRANT, REFER,
        ACCEPT_REFERRAL, DECLINE_REFERRAL, ANSWER_REFERRAL;

        Family target() {
            return this == ASSIGN_ASSISTANT ? KAMINSCY : WOJCIKOWIE;
        }

        /** Replies name a referral, not a case: whoever is not of the institution it was sent to is told so. */
        boolean namesTheCase() {
            return this != ACCEPT_REFERRAL && this != DECLINE_REFERRAL && this != ANSWER_REFERRAL;
        }
    }

    static final String ALLOWED = "allowed";

    /**
     * What those who may see the case are told when they try each command; everyone who may not see it is told
     * {@code case.not-found} ({@link #whoever_may_not_see_a_case_is_told_it_does_not_exist}).
     */
    static final List<Expectation> WRITES = List.of(
            expect(Write.RECORD_INTERVIEW, ALLOWED, CASE_SOCIAL_WORKER),
            expect(Write.RECORD_INTERVIEW, "case.role-not-allowed", ASSIGNED_ASSISTANT, CENTRE_HEAD, CHILDS_COORDINATOR,
                    TEAM_MEMBER_WITH_GRANT, SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT, AUDITOR),
            expect(Write.CONSULT_PLAN, ALLOWED, CASE_SOCIAL_WORKER),
            expect(Write.CONSULT_PLAN, "case.role-not-allowed", ASSIGNED_ASSISTANT, CENTRE_HEAD, CHILDS_COORDINATOR,
                    TEAM_MEMBER_WITH_GRANT, SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT, AUDITOR),
            expect(Write.ASSIGN_ASSISTANT, ALLOWED, CENTRE_HEAD),
            expect(Write.ASSIGN_ASSISTANT, "case.role-not-allowed", CASE_SOCIAL_WORKER, AUDITOR),
            expect(Write.NOTE_ACTION_PROGRESS, ALLOWED, ASSIGNED_ASSISTANT),
            expect(Write.NOTE_ACTION_PROGRESS, "case.not-your-case", CASE_SOCIAL_WORKER, CENTRE_HEAD,
                    CHILDS_COORDINATOR, TEAM_MEMBER_WITH_GRANT, SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT,
                    AUDITOR),
            expect(Write.DOCUMENT_VISIT, ALLOWED, ASSIGNED_ASSISTANT),
            expect(Write.DOCUMENT_VISIT, "case.not-your-case", CASE_SOCIAL_WORKER, CENTRE_HEAD,
                    CHILDS_COORDINATOR, TEAM_MEMBER_WITH_GRANT, SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT,
                    AUDITOR),
            expect(Write.RECORD_ASSESSMENT, ALLOWED, ASSIGNED_ASSISTANT),
            expect(Write.RECORD_ASSESSMENT, "case.not-your-case", CASE_SOCIAL_WORKER, CENTRE_HEAD,
                    CHILDS_COORDINATOR, TEAM_MEMBER_WITH_GRANT, SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT,
                    AUDITOR),
            expect(Write.RECORD_COURT_ORDER, ALLOWED, ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD),
            expect(Write.RECORD_COURT_ORDER, "case.role-not-allowed", CHILDS_COORDINATOR, TEAM_MEMBER_WITH_GRANT,
                    SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT, AUDITOR),
            expect(Write.CONSULT_COORDINATOR, ALLOWED, ASSIGNED_ASSISTANT, CHILDS_COORDINATOR),
            expect(Write.CONSULT_COORDINATOR, "case.role-not-allowed", CASE_SOCIAL_WORKER, CENTRE_HEAD,
                    TEAM_MEMBER_WITH_GRANT, SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT, AUDITOR),
            expect(Write.OBSERVE_EDUCATION, ALLOWED, SCHOOL_WITH_ACTIVE_GRANT),
            expect(Write.OBSERVE_EDUCATION, "access.category-not-granted", HEALTH_STAFF_WITH_GRANT,
                    TEAM_MEMBER_WITH_GRANT, CHILDS_COORDINATOR, AUDITOR),
            expect(Write.OBSERVE_EDUCATION, "case.role-not-allowed", ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER,
                    CENTRE_HEAD),
            expect(Write.OBSERVE_HEALTH, ALLOWED, HEALTH_STAFF_WITH_GRANT),
            expect(Write.OBSERVE_HEALTH, "access.category-not-granted", SCHOOL_WITH_ACTIVE_GRANT,
                    TEAM_MEMBER_WITH_GRANT, CHILDS_COORDINATOR, AUDITOR),
            expect(Write.OBSERVE_HEALTH, "case.role-not-allowed", ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD),
            expect(Write.NOTE_TEAM_MEETING, ALLOWED, TEAM_MEMBER_WITH_GRANT),
            expect(Write.NOTE_TEAM_MEETING, "access.category-not-granted", SCHOOL_WITH_ACTIVE_GRANT,
                    HEALTH_STAFF_WITH_GRANT, CHILDS_COORDINATOR, AUDITOR),
            expect(Write.NOTE_TEAM_MEETING, "case.role-not-allowed", ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER,
                    CENTRE_HEAD),
            expect(Write.RECORD_SHARING_CONSENT, ALLOWED, ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD),
            expect(Write.RECORD_SHARING_CONSENT, "case.role-not-allowed", CHILDS_COORDINATOR, TEAM_MEMBER_WITH_GRANT,
                    SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT, AUDITOR),
            expect(Write.GRANT_ACCESS, ALLOWED, ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD),
            expect(Write.GRANT_ACCESS, "case.role-not-allowed", CHILDS_COORDINATOR, TEAM_MEMBER_WITH_GRANT,
                    SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT, AUDITOR),
            expect(Write.WITHDRAW_SHARING_CONSENT, ALLOWED, ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD),
            expect(Write.WITHDRAW_SHARING_CONSENT, "case.role-not-allowed", CHILDS_COORDINATOR,
                    TEAM_MEMBER_WITH_GRANT, SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT, AUDITOR),
            expect(Write.REVOKE_GRANT, ALLOWED, ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD),
            expect(Write.REVOKE_GRANT, "case.role-not-allowed", CHILDS_COORDINATOR, TEAM_MEMBER_WITH_GRANT,
                    SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT, AUDITOR),
            expect(Write.REFER, ALLOWED, ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD),
            expect(Write.REFER, "case.role-not-allowed", CHILDS_COORDINATOR, TEAM_MEMBER_WITH_GRANT,
                    SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT, AUDITOR),
            expect(Write.ACCEPT_REFERRAL, ALLOWED, SCHOOL_WITH_ACTIVE_GRANT),
            expect(Write.ACCEPT_REFERRAL, "referral.not-your-institution", allBut(SCHOOL_WITH_ACTIVE_GRANT)),
            expect(Write.DECLINE_REFERRAL, ALLOWED, SCHOOL_WITH_ACTIVE_GRANT),
            expect(Write.DECLINE_REFERRAL, "referral.not-your-institution", allBut(SCHOOL_WITH_ACTIVE_GRANT)),
            expect(Write.ANSWER_REFERRAL, ALLOWED, SCHOOL_WITH_ACTIVE_GRANT),
            expect(Write.ANSWER_REFERRAL, "referral.not-your-institution", allBut(SCHOOL_WITH_ACTIVE_GRANT)));

    AgencyWorld world;
    /** An assistant of the centre whom nobody of the matrix is, for the head to assign. */
    Actor newcomer;
    String wojcikActionId;

    @BeforeAll
    void buildTheWorld() {
        world = newWorld();
        newcomer = new Actor(new UserId("as3-" + world.unique), "Nowa Asystentka",
                Set.of(pl.asysta.shared.Role.FAMILY_ASSISTANT), world.centre);
        wojcikActionId = fileQueries.workPlan(world.caseOf(WOJCIKOWIE), world.actor(ASSIGNED_ASSISTANT)).getFirst()
                .actions().getFirst().actionId();
        caseFiles.open(world.caseOf(NOWAKOWIE), world.actor(SCHOOL_WITH_ACTIVE_GRANT)).orElseThrow();
    }

    // ---------------------------------------------------------------- reading a case

    @Test
    void the_nowaks_case_holds_entries_in_every_category_the_matrix_hides_from_someone() {
        Set<DataCategory> recorded = everything(NOWAKOWIE).stream().map(TimelineRow::category)
                .collect(Collectors.toSet());

        assertThat(recorded).containsAll(EnumSet.complementOf(EnumSet.of(DataCategory.SUPPORT, DataCategory.FINANCE)));
        assertThat(referralsOf(NOWAKOWIE)).extracting(ReferralRow::category).containsExactlyInAnyOrder(
                DataCategory.EDUCATION, DataCategory.HEALTH, DataCategory.VIOLENCE, DataCategory.EDUCATION);
    }

    @ParameterizedTest(name = "{0} reads {2} of {1}")
    @MethodSource("readings")
    void reads_what_the_matrix_allows_and_nothing_else(Who who, Family family, Set<DataCategory> expected) {
        Actor actor = world.actor(who);
        CaseId caseId = world.caseOf(family);
        long recordedBefore = accessRecords(actor, caseId);

        Optional<CaseFile> opened = caseFiles.open(caseId, actor);

        if (expected.isEmpty()) {
            assertThat(opened).isEmpty();
            answeredAsAMissingCase(caseId, actor);
            assertThat(accessRecords(actor, caseId)).as("nothing shown, nothing recorded").isEqualTo(recordedBefore);
            return;
        }
        CaseFile file = opened.orElseThrow();
        assertThat(accessRecords(actor, caseId)).as("the opening is recorded").isEqualTo(recordedBefore + 1);
        assertThat(file.categoriesAtOpening()).isEqualTo(expected);
        assertThat(caseFiles.categories(file)).isEqualTo(expected);
        assertThat(timeline.readSidePosition(caseId, actor)).isPositive();
        assertThat(workLists.casesFor(actor)).extracting(CaseSummary::caseId).contains(caseId);

        headerShowsOnlyReadableCategories(fileQueries.details(file).orElseThrow(), family, expected);

        List<TimelineRow> shown = timeline.page(file, TimelineFilter.ALL, 0, 10_000);
        assertThat(shown).as("the timeline is the full one without the rows of other categories")
                .isEqualTo(everything(family).stream().filter(row -> expected.contains(row.category())).toList());
        assertThat(timeline.count(file, TimelineFilter.ALL)).isEqualTo(shown.size());
        for (DataCategory hidden : EnumSet.complementOf(EnumSet.copyOf(expected))) {
            assertThat(timeline.page(file, TimelineFilter.categories(hidden), 0, 10_000)).as(hidden.name())
                    .isEmpty();
            assertThat(timeline.count(file, TimelineFilter.categories(hidden))).isZero();
        }
        assertThat(timeline.page(file, TimelineFilter.types("ObservationRecorded"), 0, 100))
                .extracting(TimelineRow::category).allMatch(expected::contains);

        assertThat(fileQueries.workPlan(file).isEmpty()).isEqualTo(!expected.contains(DataCategory.PLAN)
                || family != NOWAKOWIE);
        assertThat(sharingQueries.consents(file).isEmpty()).isEqualTo(!expected.contains(DataCategory.CONSENT)
                || family != NOWAKOWIE);
        assertThat(sharingQueries.grants(file).isEmpty()).isEqualTo(!expected.contains(DataCategory.CONSENT)
                || family != NOWAKOWIE);
        assertThat(referralQueries.ofCase(file)).isEqualTo(referralsOf(family).stream()
                .filter(referral -> expected.contains(referral.category())).toList());

        boolean mayKnowWhoLooked = expected.equals(ALL)
                && EnumSet.of(ASSIGNED_ASSISTANT, OTHER_ASSISTANT, CENTRE_HEAD, OTHER_CENTRE_HEAD).contains(who);
        List<AccessRecordRow> openings = sharingQueries.openings(file);
        if (mayKnowWhoLooked) {
            assertThat(openings).extracting(AccessRecordRow::recordId).contains(file.accessRecord());
        } else {
            assertThat(openings).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} is shown the families they may open")
    @MethodSource("everyone")
    void the_list_of_families_shows_exactly_the_cases_one_may_open(Who who) {
        Set<CaseId> expected = COLUMNS.stream().filter(family -> !readable(who, family).isEmpty())
                .map(world::caseOf).collect(Collectors.toSet());

        assertThat(ours(workLists.casesFor(world.actor(who)), CaseSummary::caseId))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workLists")
    void the_lists_of_work_show_only_ones_own_cases(WorkLists lists) {
        Actor actor = world.actor(lists.who());

        assertThat(ours(workLists.awaitingAssignment(actor), AssignmentRequestRow::caseId))
                .as("awaiting assignment").containsExactlyInAnyOrderElementsOf(cases(lists.awaitingAssignment()));
        assertThat(ours(workLists.actionsDueFor(today(), today().plusDays(7), actor), DueActionRow::caseId))
                .as("plan actions due").containsExactlyInAnyOrderElementsOf(cases(lists.actionsDue()));
        assertThat(ours(workLists.assessmentsDue(today().plusMonths(6), actor), AssessmentDueRow::caseId))
                .as("assessments due").containsExactlyInAnyOrderElementsOf(cases(lists.assessmentsDue()));
        assertThat(ours(referralQueries.dueFor(actor), ReferralRow::caseId))
                .as("referrals due").containsExactlyInAnyOrderElementsOf(cases(lists.referralsDue()));
        assertThat(ours(referralQueries.inbox(actor), ReferralRow::caseId))
                .as("referral inbox").containsExactlyInAnyOrderElementsOf(cases(lists.inbox()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void only_the_head_sees_the_caseloads_of_the_centres_assistants(Who who) {
        List<UserId> assistants = workLists.caseloads(world.actor(who)).stream().map(CaseloadRow::assistantId).toList();

        if (who == CENTRE_HEAD) {
            assertThat(assistants).contains(world.actor(ASSIGNED_ASSISTANT).userId(),
                    world.actor(OTHER_ASSISTANT).userId());
        } else {
            assertThat(assistants).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void only_an_assistant_is_alerted_and_only_about_their_own_cases(Who who) {
        List<AccessAlertRow> alerts = sharingQueries.alertsFor(world.actor(who));

        switch (who) {
            case ASSIGNED_ASSISTANT -> assertThat(alerts).extracting(AccessAlertRow::caseId)
                    .contains(world.caseOf(NOWAKOWIE))
                    .allMatch(Set.of(world.caseOf(NOWAKOWIE), world.caseOf(WOJCIKOWIE))::contains);
            case OTHER_ASSISTANT -> assertThat(alerts).extracting(AccessAlertRow::caseId)
                    .allMatch(world.caseOf(WISNIEWSCY)::equals);
            default -> assertThat(alerts).isEmpty();
        }
    }

    @Test
    void a_referral_lets_an_institution_without_a_grant_see_the_familys_name_and_nothing_more() {
        Actor school = world.actor(SCHOOL_WITHOUT_GRANT);

        assertThat(referralQueries.inbox(school))
                .filteredOn(referral -> referral.caseId().equals(world.caseOf(NOWAKOWIE)))
                .singleElement().satisfies(referral -> {
                    assertThat(referral.familyName()).startsWith("Nowakowie");
                    assertThat(referral.question()).isEqualTo("Jak wyglądała frekwencja w zeszłym roku?");
                });
        assertThat(caseFiles.open(world.caseOf(NOWAKOWIE), school)).isEmpty();
    }

    // ---------------------------------------------------------------- commands

    @ParameterizedTest(name = "{1}: {0} -> {2}")
    @MethodSource("writes")
    void the_case_team_and_the_agencies_may_do_only_their_part(Who who, Write write, String outcome) {
        Actor actor = world.actor(who);
        CaseId caseId = world.caseOf(write.target());

        if (outcome.equals(ALLOWED)) {
            perform(write, actor, caseId);
        } else {
            refused(() -> perform(write, actor, caseId), outcome);
        }
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("outsiders")
    void whoever_may_not_see_a_case_is_told_it_does_not_exist(Who who, Write write) {
        Actor actor = world.actor(who);

        refused(() -> perform(write, actor, world.caseOf(write.target())), "case.not-found");
        refused(() -> perform(write, actor, world.caseOf(MISSING)), "case.not-found");
    }

    @Test
    void every_role_has_a_row_in_the_tables() {
        assertThat(READS.keySet()).containsExactlyInAnyOrder(Who.values());
        assertThat(WORK).extracting(WorkLists::who).containsExactlyInAnyOrder(Who.values());
    }

    @Test
    void every_command_is_asked_of_everyone_exactly_once() {
        for (Write write : Write.values()) {
            List<Who> asked = new ArrayList<>();
            WRITES.stream().filter(expectation -> expectation.write() == write)
                    .forEach(expectation -> asked.addAll(expectation.who()));
            if (write.namesTheCase()) {
                EnumSet.allOf(Who.class).stream().filter(who -> readable(who, write.target()).isEmpty())
                        .forEach(asked::add);
            }
            assertThat(asked).as(write.name()).containsExactlyInAnyOrder(Who.values());
        }
    }

    @Test
    void the_auditor_is_refused_every_command() {
        for (Write write : Write.values()) {
            assertThat(WRITES).filteredOn(expectation -> expectation.write() == write
                            && expectation.who().contains(AUDITOR))
                    .as(write.name()).singleElement().extracting(Expectation::outcome).isNotEqualTo(ALLOWED);
        }
    }

    /** Does one thing the screens let people do; the preparation a command needs is the assistant's. */
    void perform(Write write, Actor actor, CaseId caseId) {
        Actor assistant = world.actor(ASSIGNED_ASSISTANT);
        switch (write) {
            case RECORD_INTERVIEW -> commands.recordInterview(caseId, today().minusDays(1), "Rozmowa uzupełniająca.",
                    List.of(), actor);
            case CONSULT_PLAN -> commands.consultPlan(caseId, 1, "Plan realny do wykonania.", actor);
            case ASSIGN_ASSISTANT -> commands.assignAssistant(caseId, newcomer.userId(), newcomer.displayName(),
                    today(), actor);
            case NOTE_ACTION_PROGRESS -> commands.noteActionProgress(caseId, wojcikActionId, "Termin ustalony.",
                    actor);
            case DOCUMENT_VISIT -> commands.documentWork(caseId, WorkKind.HOME_VISIT, today(), 45, List.of("Anna"),
                    "Wizyta domowa.", DataCategory.VISITS, actor);
            case RECORD_ASSESSMENT -> commands.recordAssessment(caseId, today(), "Sytuacja stabilna", "Postępy",
                    true, actor);
            case RECORD_COURT_ORDER -> commands.recordCourtOrder(caseId, "Sąd Rejonowy", "III Nsm 9/26", today(),
                    actor);
            case CONSULT_COORDINATOR -> commands.consultFosterCareCoordinator(caseId, world.childOf(WOJCIKOWIE),
                    "Uzgodnienia z koordynatorem.", actor);
            case OBSERVE_EDUCATION -> commands.recordObservation(caseId, ObservationKind.OBSERVATION,
                    DataCategory.EDUCATION, today(), "Frekwencja się poprawiła.", actor);
            case OBSERVE_HEALTH -> commands.recordObservation(caseId, ObservationKind.OBSERVATION,
                    DataCategory.HEALTH, today(), "Szczepienia uzupełnione.", actor);
            case NOTE_TEAM_MEETING -> commands.recordObservation(caseId, ObservationKind.TEAM_MEETING,
                    DataCategory.VIOLENCE, today(), "Posiedzenie grupy.", actor);
            case RECORD_SHARING_CONSENT -> sharing.recordConsent(caseId, "Anna Wójcik", world.ngo,
                    Set.of(DataCategory.SUPPORT), "Wsparcie fundacji", today(), today().plusMonths(6), "ZG/NGO",
                    actor);
            case GRANT_ACCESS -> sharing.grantAccess(caseId, world.ngo, Set.of(DataCategory.SUPPORT), "Wsparcie",
                    GrantBasis.COURT_ORDER, "III Nsm 3/26", today().plusMonths(6), actor);
            case WITHDRAW_SHARING_CONSENT -> {
                ConsentId consent = caseId.equals(world.caseOf(MISSING)) ? new ConsentId(UUID.randomUUID().toString())
                        : sharing.recordConsent(caseId, "Anna Wójcik", world.ngo, Set.of(DataCategory.SUPPORT),
                        "Wsparcie fundacji", today(), today().plusMonths(6), "ZG/NGO", assistant).id();
                sharing.withdrawConsent(caseId, consent, today(), "Wycofana", actor);
            }
            case REVOKE_GRANT -> {
                GrantId grant = caseId.equals(world.caseOf(MISSING)) ? new GrantId(UUID.randomUUID().toString())
                        : sharing.grantAccess(caseId, world.ngo, Set.of(DataCategory.SUPPORT), "Wsparcie",
                        GrantBasis.COURT_ORDER, "III Nsm 4/26", today().plusMonths(6), assistant).id();
                sharing.revokeGrant(caseId, grant, "Postanowienie uchylone", actor);
            }
            case REFER -> referrals.refer(caseId, world.ngo, DataCategory.SUPPORT, "Wsparcie",
                    "Czy fundacja może pomóc?", today().plusDays(10), actor);
            case ACCEPT_REFERRAL -> referrals.accept(referredToTheSchool(caseId), actor);
            case DECLINE_REFERRAL -> referrals.decline(referredToTheSchool(caseId), "Nie nasz uczeń", actor);
            case ANSWER_REFERRAL -> {
                ReferralId referral = referredToTheSchool(caseId);
                referrals.accept(referral, world.actor(SCHOOL_WITH_ACTIVE_GRANT));
                referrals.answer(referral, "Frekwencja 95%.", today(), actor);
            }
        }
    }

    private ReferralId referredToTheSchool(CaseId caseId) {
        return referrals.refer(caseId, world.school, DataCategory.EDUCATION, "Sytuacja szkolna", "Jak idzie nauka?",
                today().plusDays(10), world.actor(ASSIGNED_ASSISTANT)).id();
    }

    // ---------------------------------------------------------------- what a case one may not see looks like

    /** Every way of reading a case by its id answers as for a case that does not exist. */
    private void answeredAsAMissingCase(CaseId caseId, Actor actor) {
        assertThat(fileQueries.details(caseId, actor)).isEmpty();
        assertThat(timeline.page(caseId, TimelineFilter.ALL, 0, 100, actor)).isEmpty();
        assertThat(timeline.count(caseId, TimelineFilter.ALL, actor)).isZero();
        assertThat(fileQueries.workPlan(caseId, actor)).isEmpty();
        assertThat(timeline.readSidePosition(caseId, actor)).isZero();
        assertThat(workLists.casesFor(actor)).extracting(CaseSummary::caseId).doesNotContain(caseId);
        refused(() -> commands.recordObservation(caseId, ObservationKind.OBSERVATION, DataCategory.EDUCATION,
                today(), "Obserwacja", actor), "case.not-found");
    }

    /** The header of the case file carries nothing of a category the reader may not read. */
    private static void headerShowsOnlyReadableCategories(CaseDetails details, Family family,
                                                          Set<DataCategory> readable) {
        assertThat(details.visibleCategories()).isEqualTo(readable);
        assertThat(details.familyName()).startsWith(AgencyWorld.familyName(family));
        if (readable.contains(DataCategory.BASIC)) {
            assertThat(details.members()).hasSize(2);
            assertThat(details.address()).isNotNull();
            assertThat(details.contact()).isNotNull();
        } else {
            assertThat(details.members()).as("members").isEmpty();
            assertThat(details.address()).as("address").isNull();
            assertThat(details.contact()).as("contact").isNull();
        }
        if (!readable.contains(DataCategory.COURT)) {
            assertThat(details.courtOrder()).as("court order").isNull();
            assertThat(details.fosterPlacements()).as("foster placements").isEmpty();
        } else if (family == NOWAKOWIE) {
            assertThat(details.courtOrder()).isNotNull();
            assertThat(details.fosterPlacements()).hasSize(1);
        }
        if (!readable.contains(DataCategory.CONSENT)) {
            assertThat(details.consent()).as("consent").isNull();
        } else if (family != ZIELINSCY) {
            assertThat(details.consent()).isNotNull();
        }
        if (!readable.contains(DataCategory.SUPPORT)) {
            assertThat(details.supportCatalogue()).isEmpty();
        }
        if (!readable.contains(DataCategory.PLAN)) {
            assertThat(details.planVersion()).as("plan version").isZero();
        }
        if (!readable.contains(DataCategory.ASSESSMENT)) {
            assertThat(details.nextAssessmentDue()).as("next assessment").isNull();
            assertThat(details.lastAssessmentOn()).as("last assessment").isNull();
        }
        if (!readable.contains(DataCategory.BASIC)) {
            assertThat(details.closureSummary()).as("closure").isNull();
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The whole timeline of the family's case, as the auditor reads it. */
    private List<TimelineRow> everything(Family family) {
        return timeline.page(world.caseOf(family), TimelineFilter.ALL, 0, 10_000, world.actor(AUDITOR));
    }

    private List<ReferralRow> referralsOf(Family family) {
        return caseFiles.open(world.caseOf(family), world.actor(AUDITOR)).map(referralQueries::ofCase)
                .orElseThrow();
    }

    private long accessRecords(Actor actor, CaseId caseId) {
        return jdbc.queryForObject("""
                        select count(*) from access_record
                        where actor_id = ? and case_ids @> array[cast(? as varchar)]""",
                Long.class, actor.userId().value(), caseId.value());
    }

    /** The rows about the read families of this world: the database is shared with other tests. */
    private <T> List<CaseId> ours(List<T> rows, Function<T, CaseId> caseId) {
        return rows.stream().map(caseId).filter(world.readFamilies()::contains).toList();
    }

    private List<CaseId> cases(Set<Family> families) {
        return families.stream().map(world::caseOf).toList();
    }

    static Set<DataCategory> readable(Who who, Family family) {
        return switch (family) {
            case WOJCIKOWIE -> readable(who, NOWAKOWIE);
            case KAMINSCY -> readable(who, KOWALCZYKOWIE);
            case MISSING -> NOTHING;
            default -> READS.get(who).get(COLUMNS.indexOf(family));
        };
    }

    Stream<Arguments> readings() {
        List<Family> families = new ArrayList<>(COLUMNS);
        families.add(MISSING);
        return Stream.of(Who.values()).flatMap(who -> families.stream()
                .map(family -> Arguments.of(who, family, readable(who, family))));
    }

    Stream<Who> everyone() {
        return Stream.of(Who.values());
    }

    Stream<WorkLists> workLists() {
        return WORK.stream();
    }

    Stream<Arguments> writes() {
        return WRITES.stream().flatMap(expectation -> expectation.who().stream()
                .map(who -> Arguments.of(who, expectation.write(), expectation.outcome())));
    }

    Stream<Arguments> outsiders() {
        return Stream.of(Write.values()).filter(Write::namesTheCase).flatMap(write -> Stream.of(Who.values())
                .filter(who -> readable(who, write.target()).isEmpty())
                .map(who -> Arguments.of(who, write)));
    }

    record WorkLists(Who who, Set<Family> awaitingAssignment, Set<Family> actionsDue, Set<Family> assessmentsDue,
                     Set<Family> referralsDue, Set<Family> inbox) {

        @Override
        public String toString() {
            return who.name();
        }
    }

    record Expectation(Write write, String outcome, List<Who> who) {
    }

    private static Map.Entry<Who, List<Set<DataCategory>>> reads(Who who, Set<DataCategory> nowakowie,
                                                                 Set<DataCategory> wisniewscy,
                                                                 Set<DataCategory> zielinscy,
                                                                 Set<DataCategory> kowalczykowie) {
        return Map.entry(who, List.of(nowakowie, wisniewscy, zielinscy, kowalczykowie));
    }

    private static WorkLists work(Who who, Set<Family> awaiting, Set<Family> actionsDue, Set<Family> assessmentsDue,
                                  Set<Family> referralsDue, Set<Family> inbox) {
        return new WorkLists(who, awaiting, actionsDue, assessmentsDue, referralsDue, inbox);
    }

    private static Expectation expect(Write write, String outcome, Who... who) {
        return new Expectation(write, outcome, List.of(who));
    }

    private static Who[] allBut(Who allowed) {
        return Stream.of(Who.values()).filter(who -> who != allowed).toArray(Who[]::new);
    }

    private static Set<Family> none() {
        return Set.of();
    }

    private static Set<Family> of(Family... families) {
        return Set.of(families);
    }
}
