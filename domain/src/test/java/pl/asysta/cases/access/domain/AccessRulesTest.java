package pl.asysta.cases.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.sharing.domain.AgenciesFixture.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import pl.asysta.cases.sharing.domain.AgenciesFixture;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;

/**
 * The default policy as a pure decision: one row per who × what the case's team says about them × what they may
 * read and write.
 */
class AccessRulesTest {

    static final Set<DataCategory> ALL = EnumSet.allOf(DataCategory.class);
    static final Set<DataCategory> NOTHING = Set.of();
    static final Set<DataCategory> SCHOOL_GRANT = Set.of(DataCategory.BASIC, DataCategory.EDUCATION);
    static final Set<DataCategory> TEAM_GRANT = Set.of(DataCategory.VIOLENCE);
    static final Set<DataCategory> COORDINATION = AccessRules.FOSTER_CARE_COORDINATOR_CATEGORIES;

    /**
     * What the actor's own institution is granted on the case of {@link AgenciesFixture#OPS} (with its assistant,
     * social worker and the son's coordinator): the categories, in one active grant per purpose.
     */
    record Granted(Set<DataCategory> categories, List<String> purposes) {

        CaseTeam teamFor(Actor actor) {
            return new CaseTeam(CASE, OPS, ASSISTANT.userId(), SOCIAL_WORKER.userId(), Set.of(COORDINATOR.userId()),
                    purposes.stream().map(purpose -> new CaseGrant(actor.institutionId(), categories, purpose,
                            TODAY.minusMonths(1), TODAY.plusMonths(1), null)).toList());
        }
    }

    static Granted facts(Set<DataCategory> granted, String... purposes) {
        return new Granted(granted, List.of(purposes));
    }

    static final Granted NO_GRANT = facts(Set.of());

    static Stream<Arguments> matrix() {
        return Stream.of(
                row("the assigned assistant", ASSISTANT, NO_GRANT, ALL, ALL, AccessBasis.CASE_WORK),
                row("another assistant of the centre", OTHER_ASSISTANT, NO_GRANT, NOTHING, NOTHING),
                row("the case's social worker", SOCIAL_WORKER, NO_GRANT, ALL, ALL, AccessBasis.CASE_WORK),
                row("another social worker of the centre", OTHER_SOCIAL_WORKER, NO_GRANT, NOTHING, NOTHING),
                row("a social worker of another centre with the same user id",
                        actor(SOCIAL_WORKER.userId().value(), "Imienniczka", Role.SOCIAL_WORKER, OTHER_OPS),
                        NO_GRANT, NOTHING, NOTHING),
                row("the head of the centre", HEAD, NO_GRANT, ALL, ALL, AccessBasis.CASE_WORK),
                row("the head of another centre", OTHER_CENTRE_HEAD, NO_GRANT, NOTHING, NOTHING),
                row("the child's foster-care coordinator", COORDINATOR, NO_GRANT, COORDINATION, COORDINATION,
                        AccessBasis.FOSTER_CARE_COORDINATION),
                row("another coordinator", OTHER_COORDINATOR, NO_GRANT, NOTHING, NOTHING),
                row("another coordinator whose PCPR holds a grant", OTHER_COORDINATOR, facts(Set.of(DataCategory.PLAN),
                        "Piecza"), Set.of(DataCategory.PLAN), Set.of(DataCategory.PLAN), AccessBasis.GRANT),
                row("a team member whose team holds a grant", TEAM_MEMBER, facts(TEAM_GRANT, "Niebieska Karta"),
                        TEAM_GRANT, TEAM_GRANT, AccessBasis.GRANT),
                row("a team member without a grant", TEAM_MEMBER, NO_GRANT, NOTHING, NOTHING),
                row("school staff with a grant", TEACHER, facts(SCHOOL_GRANT, "Nauka"), SCHOOL_GRANT, SCHOOL_GRANT,
                        AccessBasis.GRANT),
                row("school staff without a grant", TEACHER, NO_GRANT, NOTHING, NOTHING),
                row("health staff with a grant", NURSE, facts(Set.of(DataCategory.HEALTH), "Zdrowie"),
                        Set.of(DataCategory.HEALTH), Set.of(DataCategory.HEALTH), AccessBasis.GRANT),
                row("health staff without a grant", NURSE, NO_GRANT, NOTHING, NOTHING),
                row("a supporting family, even named in a grant", SUPPORTING_FAMILY, facts(SCHOOL_GRANT, "x"),
                        NOTHING, NOTHING),
                row("court staff, even named in a grant", COURT_STAFF, facts(Set.of(DataCategory.COURT), "x"),
                        NOTHING, NOTHING),
                row("the auditor", AUDITOR, NO_GRANT, ALL, NOTHING, AccessBasis.AUDIT),
                row("an auditor of another institution", actor("iod-x", "IOD", Role.AUDITOR, OTHER_OPS), NO_GRANT,
                        ALL, NOTHING, AccessBasis.AUDIT),
                row("the administrator", ADMINISTRATOR, NO_GRANT, NOTHING, NOTHING),
                row("the administrator, even named in a grant", ADMINISTRATOR, facts(SCHOOL_GRANT, "x"), NOTHING,
                        NOTHING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void who_reads_and_writes_what(String who, Actor actor, Granted facts, Set<DataCategory> reads,
                                   Set<DataCategory> writes, Set<AccessBasis> bases) {
        CaseTeam team = facts.teamFor(actor);
        AccessDecision decision = AccessRules.decide(actor, team, TODAY);

        assertThat(decision.readable()).as("reads").isEqualTo(reads);
        assertThat(decision.writable()).as("writes").isEqualTo(writes);
        assertThat(decision.bases()).as("bases").isEqualTo(bases);
        assertThat(decision.seesCase()).isEqualTo(!reads.isEmpty());
        assertThat(decision.caseTeam()).isEqualTo(bases.contains(AccessBasis.CASE_WORK));
        assertThat(team.worksOnCase(actor)).isEqualTo(bases.contains(AccessBasis.CASE_WORK));
        if (reads.isEmpty()) {
            assertThat(decision).isEqualTo(AccessDecision.NONE);
        }
    }

    @Test
    void the_auditor_reads_everything_and_writes_nothing() {
        AccessDecision decision = AccessRules.decide(AUDITOR, NO_GRANT.teamFor(AUDITOR), TODAY);

        for (DataCategory category : DataCategory.values()) {
            assertThat(decision.mayRead(category)).isTrue();
            assertThat(decision.mayWrite(category)).isFalse();
        }
        assertThat(decision.caseTeam()).isFalse();
        assertThat(decision.purpose()).isEqualTo("AUDIT");
    }

    @Test
    void the_coordinator_sees_basic_plan_assessment_and_court_only() {
        AccessDecision decision = AccessRules.decide(COORDINATOR, NO_GRANT.teamFor(COORDINATOR), TODAY);

        assertThat(decision.readable()).containsExactlyInAnyOrder(DataCategory.BASIC, DataCategory.PLAN,
                DataCategory.ASSESSMENT, DataCategory.COURT);
        assertThat(decision.mayRead(DataCategory.HEALTH)).isFalse();
        assertThat(decision.mayRead(DataCategory.VIOLENCE)).isFalse();
        assertThat(decision.mayRead(DataCategory.CONSENT)).isFalse();
        assertThat(decision.purpose()).isEqualTo("FOSTER_CARE_COORDINATION");
    }

    @Test
    void several_grants_give_the_union_of_their_categories_and_name_every_purpose() {
        Granted twoGrants = facts(EnumSet.of(DataCategory.EDUCATION, DataCategory.HEALTH, DataCategory.BASIC),
                "Zgoda matki: nauka", "Postanowienie sądu: zdrowie");

        AccessDecision decision = AccessRules.decide(TEACHER, twoGrants.teamFor(TEACHER), TODAY);

        assertThat(decision.readable()).containsExactlyInAnyOrder(DataCategory.EDUCATION, DataCategory.HEALTH,
                DataCategory.BASIC);
        assertThat(decision.writable()).isEqualTo(decision.readable());
        assertThat(decision.purpose()).isEqualTo("Zgoda matki: nauka; Postanowienie sądu: zdrowie");
    }

    @Test
    void a_coordinator_of_the_child_whose_pcpr_also_holds_a_grant_gets_both() {
        CaseTeam team = facts(Set.of(DataCategory.HEALTH), "Piecza").teamFor(COORDINATOR);

        AccessDecision decision = AccessRules.decide(COORDINATOR, team, TODAY);

        assertThat(decision.readable()).containsExactlyInAnyOrder(DataCategory.BASIC, DataCategory.PLAN,
                DataCategory.ASSESSMENT, DataCategory.COURT, DataCategory.HEALTH);
        assertThat(decision.bases()).containsExactlyInAnyOrder(AccessBasis.FOSTER_CARE_COORDINATION,
                AccessBasis.GRANT);
        assertThat(decision.purpose()).isEqualTo("FOSTER_CARE_COORDINATION; Piecza");
    }

    @Test
    void an_auditor_who_is_also_school_staff_writes_only_what_the_grant_allows() {
        Actor both = actor("iod-pedagog", SCHOOL, Role.AUDITOR, Role.INSTITUTION_STAFF);

        AccessDecision decision = AccessRules.decide(both, facts(SCHOOL_GRANT, "Nauka").teamFor(both), TODAY);

        assertThat(decision.readable()).isEqualTo(ALL);
        assertThat(decision.writable()).isEqualTo(SCHOOL_GRANT);
    }

    @Test
    void an_assistant_who_is_not_assigned_sees_nothing_even_while_the_case_has_no_assistant() {
        CaseTeam unassigned = new CaseTeam(CASE, OPS, null, SOCIAL_WORKER.userId(), Set.of(), List.of());

        assertThat(AccessRules.decide(ASSISTANT, unassigned, TODAY)).isEqualTo(AccessDecision.NONE);
        assertThat(AccessRules.decide(SOCIAL_WORKER, unassigned, TODAY).readable()).isEqualTo(ALL);
    }

    private static Arguments row(String who, Actor actor, Granted facts, Set<DataCategory> reads,
                                 Set<DataCategory> writes, AccessBasis... bases) {
        return Arguments.of(who, actor, facts, reads, writes,
                bases.length == 0 ? Set.of() : EnumSet.of(bases[0], bases));
    }
}
