package pl.asysta.cases.court;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.access.AgencyWorld.Family.NOWAKOWIE;
import static pl.asysta.cases.access.AgencyWorld.Who.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import pl.asysta.cases.court.domain.CourtDecisionKind;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * The court's opinions (ADR 0012) against every role of the access matrix ({@link AccessMatrixTest}'s world): who sees
 * a court's requests, a draft and a delivered opinion, and who may do each step. The court sees its own requests
 * and the delivered document and never the case file; the family's assistant drafts, the head of its centre
 * approves; everyone who may not see the case and is not of the requesting court is told there is no such
 * request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpinionAccessMatrixTest extends AccessTest {

    /** The case team that reads drafts and delivered opinions, and the auditor who only reads. */
    static final Set<Who> READ_DRAFTS = EnumSet.of(ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD, AUDITOR);
    static final Set<Who> READ_DOCUMENT = EnumSet.of(ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD, AUDITOR,
            COURT_STAFF);
    static final Set<Who> TEAM_LISTS = EnumSet.of(ASSIGNED_ASSISTANT, CENTRE_HEAD);
    static final Set<Who> COURT_LISTS = EnumSet.of(COURT_STAFF);

    /** Those who may see the Wójciks' case (the same as the Nowaks', AccessMatrixTest.READS). */
    static final Set<Who> SEE_THE_CASE = EnumSet.of(ASSIGNED_ASSISTANT, CASE_SOCIAL_WORKER, CENTRE_HEAD,
            CHILDS_COORDINATOR, TEAM_MEMBER_WITH_GRANT, SCHOOL_WITH_ACTIVE_GRANT, HEALTH_STAFF_WITH_GRANT, AUDITOR);

    enum Step {
        REQUEST, SAVE_DRAFT, SUBMIT, RETURN, APPROVE, WITHDRAW, RECORD_DECISION;

        /** Who may take the step; everyone else is refused. */
        Who allowed() {
            return switch (this) {
                case REQUEST, WITHDRAW, RECORD_DECISION -> COURT_STAFF;
                case SAVE_DRAFT, SUBMIT -> ASSIGNED_ASSISTANT;
                case RETURN, APPROVE -> CENTRE_HEAD;
            };
        }

        /** What those refused are told: those who see the case or are of the court learn why, others nothing. */
        String refusal(Who who) {
            if (this == REQUEST) {
                return "court.staff-only";
            }
            if (!SEE_THE_CASE.contains(who) && who != COURT_STAFF) {
                return "opinion.not-found";
            }
            return switch (this) {
                case SAVE_DRAFT, SUBMIT -> "opinion.not-drafter";
                case RETURN, APPROVE -> "opinion.head-approves";
                default -> "court.staff-only";
            };
        }
    }

    static final String ALLOWED = "allowed";

    @Autowired
    OpinionCommands opinions;
    @Autowired
    OpinionQueries opinionQueries;

    AgencyWorld world;
    OpinionRequestId delivered;

    @BeforeAll
    void aDeliveredOpinionOnTheNowaksCase() {
        world = newWorld();
        delivered = requestAbout("Nowak");
        opinions.submit(delivered, complete(), world.actor(ASSIGNED_ASSISTANT));
        opinions.approve(delivered, world.actor(CENTRE_HEAD));
        opinions.recordDecision(delivered, CourtDecisionKind.PARENTAL_AUTHORITY_LIMITED, today(), null,
                "Nadzór kuratora nad wykonywaniem władzy rodzicielskiej.", world.actor(COURT_STAFF));
        awaitProjected();
    }

    // ---------------------------------------------------------------- reading

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void the_court_lists_only_its_own_requests_and_decisions(Who who) {
        Actor actor = world.actor(who);
        boolean sees = COURT_LISTS.contains(who);

        assertThat(opinionQueries.ofCourt(actor)).extracting(OpinionRequestRow::requestId)
                .filteredOn(delivered::equals).hasSize(sees ? 1 : 0);
        assertThat(opinionQueries.decisionsOfCourt(actor)).extracting(CourtDecisionRow::requestId)
                .filteredOn(delivered::equals).hasSize(sees ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void the_assistant_and_the_head_list_the_requests_and_decisions_of_their_families(Who who) {
        Actor actor = world.actor(who);
        boolean sees = TEAM_LISTS.contains(who);

        assertThat(opinionQueries.forCaseTeam(actor)).extracting(OpinionRequestRow::requestId)
                .filteredOn(delivered::equals).hasSize(sees ? 1 : 0);
        assertThat(opinionQueries.decisionsForCaseTeam(actor)).extracting(CourtDecisionRow::requestId)
                .filteredOn(delivered::equals).hasSize(sees ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void only_the_case_team_and_the_auditor_read_the_opinion_beside_the_case_file(Who who) {
        Actor actor = world.actor(who);
        CaseId caseId = world.caseOf(NOWAKOWIE);

        boolean read = caseFiles.open(caseId, actor).flatMap(file -> opinionQueries.details(file, delivered))
                .isPresent();

        assertThat(read).isEqualTo(READ_DRAFTS.contains(who));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void the_delivered_document_goes_to_the_court_the_case_team_and_the_auditor_each_reading_recorded(Who who) {
        Actor actor = world.actor(who);
        long before = documentReadings(actor);

        boolean handed = opinionQueries.document(delivered, actor).isPresent();

        assertThat(handed).isEqualTo(READ_DOCUMENT.contains(who));
        assertThat(documentReadings(actor)).isEqualTo(before + (handed ? 1 : 0));
    }

    @Test
    void court_staff_never_open_the_case_file() {
        assertThat(caseFiles.open(world.caseOf(NOWAKOWIE), world.actor(COURT_STAFF))).isEmpty();
        assertThat(workLists.casesFor(world.actor(COURT_STAFF))).isEmpty();
    }

    @Test
    void another_courts_staff_see_nothing_of_this_courts_requests_and_cannot_touch_them() {
        InstitutionId otherCourt = new InstitutionId("sr-inny-" + world.unique);
        institutions.register(new pl.asysta.institutions.Institution(otherCourt, "Inny sąd",
                pl.asysta.shared.InstitutionKind.COURT));
        Actor stranger = new Actor(new UserId("sr-inny-" + world.unique), "Jan Obcy", Set.of(Role.COURT_STAFF),
                otherCourt);

        assertThat(opinionQueries.ofCourt(stranger)).isEmpty();
        assertThat(opinionQueries.document(delivered, stranger)).isEmpty();
        refused(() -> opinions.recordDecision(delivered, CourtDecisionKind.OTHER, today(), null, "Obce", stranger),
                "opinion.not-found");
        refused(() -> opinions.withdraw(requestAbout("Wójcik"), "Obce", stranger), "opinion.not-found");
    }

    // ---------------------------------------------------------------- steps

    @ParameterizedTest(name = "{1}: {0} -> {2}")
    @MethodSource("steps")
    void each_step_is_taken_only_by_whom_the_statute_gives_it(Who who, Step step, String outcome) {
        Actor actor = world.actor(who);
        if (outcome.equals(ALLOWED)) {
            take(step, actor);
        } else {
            refused(() -> take(step, actor), outcome);
        }
    }

    @Test
    void every_step_is_asked_of_everyone() {
        assertThat(steps().count()).isEqualTo((long) Step.values().length * Who.values().length);
    }

    /** Prepares a request on the Wójciks' case in the state the step needs, then takes the step as the actor. */
    private void take(Step step, Actor actor) {
        Actor assistant = world.actor(ASSIGNED_ASSISTANT);
        switch (step) {
            case REQUEST -> opinions.request(world.centre, "Wójcik", PARENT_BORN, "III Nsm 7/26", "Pytania sądu",
                    today().plusDays(21), actor);
            case SAVE_DRAFT -> opinions.saveDraft(requestAbout("Wójcik"), complete(), actor);
            case SUBMIT -> opinions.submit(requestAbout("Wójcik"), complete(), actor);
            case RETURN -> opinions.returnForChanges(submittedAbout("Wójcik", assistant), "Proszę uzupełnić.", actor);
            case APPROVE -> opinions.approve(submittedAbout("Wójcik", assistant), actor);
            case WITHDRAW -> opinions.withdraw(requestAbout("Wójcik"), "Postępowanie umorzone.", actor);
            case RECORD_DECISION -> opinions.recordDecision(requestAbout("Wójcik"), CourtDecisionKind.OTHER, today(),
                    null, "Postanowienie dowodowe.", actor);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The parent of every family of the world was born on this day (AgencyWorld). */
    static final LocalDate PARENT_BORN = LocalDate.of(1988, 4, 2);

    private OpinionRequestId requestAbout(String surname) {
        return opinions.request(world.centre, surname, PARENT_BORN, "III Nsm 5/26", "Jak rodzina współpracuje?",
                today().plusDays(21), world.actor(COURT_STAFF)).id();
    }

    private OpinionRequestId submittedAbout(String surname, Actor assistant) {
        OpinionRequestId request = requestAbout(surname);
        opinions.submit(request, complete(), assistant);
        return request;
    }

    private static OpinionText complete() {
        return new OpinionText("Sytuacja", "Współpraca", "Plan", "Ocena", "Wnioski");
    }

    private long documentReadings(Actor actor) {
        return jdbc.queryForObject("select count(*) from access_record where actor_id = ? and view_name = ?",
                Long.class, actor.userId().value(), "OPINION_DOCUMENT");
    }

    Stream<Who> everyone() {
        return Stream.of(Who.values());
    }

    Stream<Arguments> steps() {
        List<Arguments> all = new ArrayList<>();
        for (Step step : Step.values()) {
            for (Who who : Who.values()) {
                all.add(Arguments.of(who, step, who == step.allowed() ? ALLOWED : step.refusal(who)));
            }
        }
        return all.stream();
    }

}
