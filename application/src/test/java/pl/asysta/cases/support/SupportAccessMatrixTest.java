package pl.asysta.cases.support;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.access.AgencyWorld.Family.NOWAKOWIE;
import static pl.asysta.cases.access.AgencyWorld.Family.WOJCIKOWIE;
import static pl.asysta.cases.access.AgencyWorld.Who.*;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.cases.access.AccessMatrixTest;
import pl.asysta.cases.access.AccessTest;
import pl.asysta.cases.access.AgencyWorld;
import pl.asysta.cases.access.AgencyWorld.Who;
import pl.asysta.cases.support.domain.ClaimId;
import pl.asysta.cases.support.domain.ClaimLine;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.institutions.Institution;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * The access matrix of the supporting family (ADR 0013), asked of every role of {@link AccessMatrixTest}'s world:
 * the Nowaks are supported by the world's household, which logged help and claimed a month with a receipt. Only
 * the household sees its narrow view, only readers of SUPPORT and FINANCE see the arrangement and the claims on
 * the case, only the head of the centre decides, and only the household writes its log and claims. An
 * arrangement one has nothing to do with is answered as not found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportAccessMatrixTest extends AccessTest {

    /** Who reads the Nowaks' arrangement and claims on the case page: readers of SUPPORT and FINANCE. */
    static final Set<Who> CASE_READERS = Set.of(ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD, AUDITOR);

    /** Who may open a receipt of the claim: the household that claimed it and every reader of FINANCE. */
    static final Set<Who> RECEIPT_READERS = Set.of(ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD, AUDITOR,
            SUPPORTING_FAMILY);

    /** Those who see the Wójciks' case (the commands' family) in some category. */
    static final Set<Who> SEE_WOJCIKS = Set.of(ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD,
            CHILDS_COORDINATOR, TEAM_MEMBER_WITH_GRANT, SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT, AUDITOR);

    enum Write { RECORD_ARRANGEMENT, END_ARRANGEMENT, LOG_HELP, CLAIM, APPROVE, REJECT }

    static final String ALLOWED = "allowed";

    private static final AtomicInteger NEXT_HOUSEHOLD = new AtomicInteger();

    @Autowired
    SupportCommands support;
    @Autowired
    SupportQueries supportQueries;

    AgencyWorld world;
    SupportArrangementId nowaks;
    String receiptId;

    @BeforeAll
    void theNowaksAreSupportedByTheHousehold() {
        world = newWorld();
        CaseId nowakowie = world.caseOf(NOWAKOWIE);
        nowaks = support.recordArrangement(nowakowie, world.household, "RW/1/" + world.unique,
                today().minusMonths(2).withDayOfMonth(1), today().plusMonths(10), Set.of(CostKind.TRAVEL),
                new BigDecimal("200"), world.actor(CENTRE_HEAD)).id();
        support.logHelp(nowaks, today(), 90, HelpKind.FREE_TIME, "Wyjście na basen z dziećmi",
                world.actor(SUPPORTING_FAMILY));
        support.claim(nowaks, YearMonth.from(today()).minusMonths(1), List.of(new ClaimLine(CostKind.TRAVEL,
                new BigDecimal("12.60"))), List.of(new UploadedFile("bilet.pdf", SimplePdf.withLines(
                List.of("Bilet 12,60 zl")))), null, world.actor(SUPPORTING_FAMILY));
        awaitProjected();
        receiptId = supportQueries.forHousehold(world.actor(SUPPORTING_FAMILY)).getFirst().claims().getFirst()
                .receipts().getFirst().receiptId();
    }

    // ---------------------------------------------------------------- reads

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void only_the_household_sees_its_narrow_view_of_the_family(Who who) {
        List<HouseholdSupport> seen = supportQueries.forHousehold(world.actor(who));

        if (who == SUPPORTING_FAMILY) {
            assertThat(seen).singleElement().satisfies(family -> {
                assertThat(family.familyName()).startsWith("Nowakowie");
                assertThat(family.children()).containsExactly("Kacper");
            });
        } else {
            assertThat(seen).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void the_arrangement_and_the_claims_are_on_the_case_page_of_readers_of_support_and_finance(Who who) {
        var support = caseFiles.open(world.caseOf(NOWAKOWIE), world.actor(who)).map(supportQueries::ofCase);

        if (CASE_READERS.contains(who)) {
            assertThat(support).hasValueSatisfying(seen -> {
                assertThat(seen.arrangements()).extracting(row -> row.arrangementId()).containsExactly(nowaks);
                assertThat(seen.help()).hasSize(1);
                assertThat(seen.claims()).hasSize(1);
                assertThat(seen.months()).isNotEmpty();
            });
        } else {
            assertThat(support.map(seen -> seen.arrangements().size() + seen.help().size() + seen.claims().size()
                    + seen.months().size()).orElse(0)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void only_the_head_of_the_centre_is_shown_the_claims_to_decide(Who who) {
        List<ClaimRow> waiting = supportQueries.awaitingDecision(world.actor(who)).stream()
                .filter(row -> row.arrangementId().equals(nowaks)).toList();

        assertThat(waiting).hasSize(who == CENTRE_HEAD ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void a_receipt_is_opened_by_the_household_and_readers_of_finance_each_time_recorded(Who who) {
        Actor actor = world.actor(who);
        long before = receiptRecords(actor);

        boolean shown = supportQueries.receipt(receiptId, actor).isPresent();

        assertThat(shown).isEqualTo(RECEIPT_READERS.contains(who));
        assertThat(receiptRecords(actor)).isEqualTo(before + (shown ? 1 : 0));
    }

    @Test
    void the_supporting_family_still_opens_no_case_file() {
        Actor household = world.actor(SUPPORTING_FAMILY);

        assertThat(caseFiles.open(world.caseOf(NOWAKOWIE), household)).isEmpty();
        assertThat(policy.decide(world.caseOf(NOWAKOWIE), household).readable()).isEmpty();
    }

    // ---------------------------------------------------------------- commands

    @ParameterizedTest(name = "{1}: {0} -> {2}")
    @MethodSource("writes")
    void only_the_head_decides_and_only_the_household_writes_its_log_and_claims(Who who, Write write,
                                                                                 String outcome) {
        Actor actor = world.actor(who);
        Prepared prepared = prepare(write);

        if (outcome.equals(ALLOWED)) {
            perform(write, prepared, actor);
        } else {
            refused(() -> perform(write, prepared, actor), outcome);
        }
    }

    @Test
    void every_command_is_asked_of_everyone() {
        assertThat(writes().map(arguments -> (Write) arguments.get()[1]).distinct())
                .containsExactlyInAnyOrder(Write.values());
        for (Write write : Write.values()) {
            assertThat(writes().filter(arguments -> arguments.get()[1] == write).map(arguments -> arguments.get()[0]))
                    .as(write.name()).containsExactlyInAnyOrder((Object[]) Who.values());
        }
    }

    /** What each role is told when it tries each command on the Wójciks' arrangement. */
    Stream<Arguments> writes() {
        List<Arguments> all = new ArrayList<>();
        for (Who who : Who.values()) {
            all.add(Arguments.of(who, Write.RECORD_ARRANGEMENT, who == CENTRE_HEAD ? ALLOWED
                    : SEE_WOJCIKS.contains(who) ? "case.role-not-allowed" : "case.not-found"));
            for (Write decision : List.of(Write.END_ARRANGEMENT, Write.APPROVE, Write.REJECT)) {
                all.add(Arguments.of(who, decision, who == CENTRE_HEAD ? ALLOWED
                        : SEE_WOJCIKS.contains(who) || who == SUPPORTING_FAMILY ? "case.role-not-allowed"
                        : "supporting.arrangement-not-found"));
            }
            for (Write household : List.of(Write.LOG_HELP, Write.CLAIM)) {
                all.add(Arguments.of(who, household, who == SUPPORTING_FAMILY ? ALLOWED
                        : "supporting.arrangement-not-found"));
            }
        }
        return all.stream();
    }

    Stream<Who> everyone() {
        return Stream.of(Who.values());
    }

    /** A fresh arrangement of the Wójciks with the world's household, with a claim waiting where one is needed. */
    private record Prepared(SupportArrangementId arrangement, ClaimId claim) {
    }

    private Prepared prepare(Write write) {
        if (write == Write.RECORD_ARRANGEMENT) {
            return new Prepared(null, null);
        }
        InstitutionId household = freshHousehold();
        Actor member = householdMember(household);
        SupportArrangementId arrangement = support.recordArrangement(world.caseOf(WOJCIKOWIE), household,
                "RW/W/" + household.value(), today().minusMonths(1).withDayOfMonth(1), today().plusMonths(6),
                Set.of(CostKind.MEALS), new BigDecimal("100"), world.actor(CENTRE_HEAD)).id();
        ClaimId claim = write == Write.APPROVE || write == Write.REJECT
                ? support.claim(arrangement, YearMonth.from(today()), List.of(new ClaimLine(CostKind.MEALS,
                new BigDecimal("20"))), List.of(), null, member).id() : null;
        awaitProjected();
        return new Prepared(arrangement, claim);
    }

    /**
     * The world's household acts on the fresh arrangement as a member of the household it names; everyone else
     * as who they are.
     */
    private void perform(Write write, Prepared prepared, Actor actor) {
        Actor acting = actor.equals(world.actor(SUPPORTING_FAMILY)) && prepared.arrangement() != null
                ? householdMember(householdOf(prepared.arrangement())) : actor;
        switch (write) {
            case RECORD_ARRANGEMENT -> support.recordArrangement(world.caseOf(WOJCIKOWIE), freshHousehold(),
                    "RW/N", today(), today().plusMonths(3), Set.of(CostKind.TRAVEL), new BigDecimal("50"), acting);
            case END_ARRANGEMENT -> support.endArrangement(prepared.arrangement(), today(), "Koniec współpracy",
                    acting);
            case LOG_HELP -> support.logHelp(prepared.arrangement(), today(), 60, HelpKind.CHILDCARE,
                    "Opieka nad dziećmi", acting);
            case CLAIM -> support.claim(prepared.arrangement(), YearMonth.from(today()), List.of(new ClaimLine(
                    CostKind.MEALS, new BigDecimal("15"))), List.of(), null, acting);
            case APPROVE -> support.approve(prepared.arrangement(), prepared.claim(), acting);
            case REJECT -> support.reject(prepared.arrangement(), prepared.claim(), "Brak paragonu", acting);
        }
    }

    private final java.util.Map<SupportArrangementId, InstitutionId> households = new java.util.HashMap<>();

    private InstitutionId householdOf(SupportArrangementId arrangement) {
        return households.get(arrangement);
    }

    private InstitutionId freshHousehold() {
        InstitutionId household = new InstitutionId("rw-" + NEXT_HOUSEHOLD.incrementAndGet() + "-" + world.unique);
        institutions.register(new Institution(household, "Rodzina wspierająca " + household.value(),
                InstitutionKind.SUPPORTING_FAMILY));
        households.put(SupportArrangementId.of(world.caseOf(WOJCIKOWIE), household), household);
        return household;
    }

    /** The world's supporting-family person, as a member of another household of the same kind. */
    private Actor householdMember(InstitutionId household) {
        Actor original = world.actor(SUPPORTING_FAMILY);
        return new Actor(original.userId(), original.displayName(), original.roles(), household);
    }

    private long receiptRecords(Actor actor) {
        return jdbc.queryForObject("""
                        select count(*) from access_record where actor_id = ? and view_name = 'RECEIPT'""",
                Long.class, actor.userId().value());
    }
}
