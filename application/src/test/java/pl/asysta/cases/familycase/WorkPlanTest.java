package pl.asysta.cases.familycase;

import static pl.asysta.cases.familycase.FamilyCaseFixture.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.FamilyCaseCommand.TakeStep;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionCompleted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionDropped;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionProgressed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.SocialWorkerConsulted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.PlanStep.AdoptWorkPlan;
import pl.asysta.cases.familycase.domain.PlanStep.CompleteAction;
import pl.asysta.cases.familycase.domain.PlanStep.ConsultPlan;
import pl.asysta.cases.familycase.domain.PlanStep.DropAction;
import pl.asysta.cases.familycase.domain.PlanStep.NoteActionProgress;
import pl.asysta.shared.Role;

/**
 * The work plan (uwr art. 15 ust. 1 pkt 1, ust. 3): drafted by the assistant with the family, each action with an
 * owner, a deadline and an expected effect; the social worker is consulted; revisions are new versions.
 */
class WorkPlanTest {

    final FamilyCaseFixture cases = new FamilyCaseFixture();

    static final ActionOwner MOTHER_OWNS = new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Joanna Nowak",
            MOTHER.memberId());

    static PlanAction action(String description, ActionOwner owner, java.time.LocalDate deadline, String effect) {
        return new PlanAction("a-new", description, owner, deadline, effect);
    }

    static TakeStep adopt(int revisedVersion, PlanAction... actions) {
        return step(ASSISTANT, new AdoptWorkPlan(revisedVersion, "Stabilizacja sytuacji rodziny", List.of(actions)));
    }

    @Test
    void the_assistant_adopts_the_first_plan_with_the_family() {
        PlanAction budget = action("Nauka planowania budżetu", MOTHER_OWNS, TODAY.plusMonths(1),
                "Brak nowych zaległości");
        cases.fixture.given(active())
                .when(adopt(0, budget))
                .expectEvents(new WorkPlanAdopted(CASE, 1, "Stabilizacja sytuacji rodziny", List.of(budget), TODAY,
                        as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void a_revision_is_a_new_version_and_keeps_the_earlier_one() {
        PlanAction budget = action("Nauka planowania budżetu", MOTHER_OWNS, TODAY, "Brak nowych zaległości");
        cases.fixture.given(activeWithPlan())
                .when(adopt(1, budget))
                .expectEvents(new WorkPlanAdopted(CASE, 2, "Stabilizacja sytuacji rodziny", List.of(budget), TODAY,
                        as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void a_revision_of_an_outdated_version_is_refused() {
        cases.fixture.given(activeWithPlan())
                .when(adopt(0, action("Wizyty", MOTHER_OWNS, TODAY, "Efekt")))
                .expectException(refusedWith("case.plan-changed-meanwhile"))
                .expectNoEvents();
    }

    @Test
    void a_plan_states_its_goals() {
        cases.fixture.given(active())
                .when(step(ASSISTANT, new AdoptWorkPlan(0, " ", List.of(action("Wizyty", MOTHER_OWNS, TODAY,
                        "Efekt")))))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void a_plan_has_at_least_one_action() {
        cases.fixture.given(active())
                .when(adopt(0))
                .expectException(refusedWith("case.plan-without-actions"));
    }

    @Test
    void every_action_says_what_is_to_be_done() {
        cases.fixture.given(active())
                .when(adopt(0, action(" ", MOTHER_OWNS, TODAY, "Efekt")))
                .expectException(refusedWith("case.plan-action-description-missing"));
    }

    @Test
    void every_action_has_an_owner() {
        cases.fixture.given(active())
                .when(adopt(0, action("Wizyty", null, TODAY, "Efekt")))
                .expectException(refusedWith("case.plan-action-owner-missing"));
    }

    @Test
    void every_action_has_a_deadline() {
        cases.fixture.given(active())
                .when(adopt(0, action("Wizyty", MOTHER_OWNS, null, "Efekt")))
                .expectException(refusedWith("case.plan-action-deadline-missing"));
    }

    @Test
    void no_action_is_planned_for_a_day_that_has_passed() {
        cases.fixture.given(active())
                .when(adopt(0, action("Wizyty", MOTHER_OWNS, TODAY.minusDays(1), "Efekt")))
                .expectException(refusedWith("case.plan-action-deadline-past"));
    }

    @Test
    void every_action_has_an_expected_effect() {
        cases.fixture.given(active())
                .when(adopt(0, action("Wizyty", MOTHER_OWNS, TODAY, "")))
                .expectException(refusedWith("case.plan-action-effect-missing"));
    }

    @Test
    void only_the_assigned_assistant_adopts_a_plan() {
        cases.fixture.given(active())
                .when(step(OTHER_ASSISTANT, new AdoptWorkPlan(0, "Cele", List.of(action("Wizyty", MOTHER_OWNS, TODAY,
                        "Efekt")))))
                .expectException(refusedWith("case.not-your-case"));
    }

    @Test
    void no_plan_is_adopted_after_closure() {
        cases.fixture.given(inMonitoring())
                .when(adopt(0, action("Wizyty", MOTHER_OWNS, TODAY, "Efekt")))
                .expectException(refusedWith("case.not-active"));
    }

    @Test
    void the_social_worker_gives_an_opinion_on_a_plan_version() {
        cases.fixture.given(activeWithPlan())
                .when(step(SOCIAL_WORKER, new ConsultPlan(1, "Plan realny, proponuję włączyć szkołę.")))
                .expectEvents(new SocialWorkerConsulted(CASE, 1, "Plan realny, proponuję włączyć szkołę.",
                        as(SOCIAL_WORKER, Role.SOCIAL_WORKER)));
    }

    @Test
    void an_opinion_refers_to_a_version_that_exists() {
        cases.fixture.given(activeWithPlan())
                .when(step(SOCIAL_WORKER, new ConsultPlan(2, "Opinia")))
                .expectException(refusedWith("case.plan-version-unknown"));
    }

    @Test
    void an_opinion_says_something() {
        cases.fixture.given(activeWithPlan())
                .when(step(SOCIAL_WORKER, new ConsultPlan(1, "")))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void only_the_social_worker_is_consulted_on_the_plan() {
        cases.fixture.given(activeWithPlan())
                .when(step(ASSISTANT, new ConsultPlan(1, "Opinia")))
                .expectException(refusedWith("case.role-not-allowed"));
    }

    @Test
    void no_consultation_on_a_closed_case() {
        cases.fixture.given(with(activeWithPlan(), closure()))
                .when(step(SOCIAL_WORKER, new ConsultPlan(1, "Opinia")))
                .expectException(refusedWith("case.not-active"));
    }

    @Test
    void the_assistant_notes_progress_of_an_action() {
        cases.fixture.given(activeWithPlan())
                .when(step(ASSISTANT, new NoteActionProgress(SCHOOL_ACTION, "Spotkanie z wychowawczynią odbyte.")))
                .expectEvents(new PlanActionProgressed(CASE, SCHOOL_ACTION, "Spotkanie z wychowawczynią odbyte.",
                        TODAY, as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void progress_is_noted_only_on_an_action_of_the_plan() {
        cases.fixture.given(activeWithPlan())
                .when(step(ASSISTANT, new NoteActionProgress("a-unknown", "Notatka")))
                .expectException(refusedWith("case.plan-action-unknown"));
    }

    @Test
    void progress_is_not_noted_on_a_finished_action() {
        cases.fixture.given(with(activeWithPlan(), completed(SCHOOL_ACTION)))
                .when(step(ASSISTANT, new NoteActionProgress(SCHOOL_ACTION, "Notatka")))
                .expectException(refusedWith("case.plan-action-finished"));
    }

    @Test
    void a_progress_note_says_something() {
        cases.fixture.given(activeWithPlan())
                .when(step(ASSISTANT, new NoteActionProgress(SCHOOL_ACTION, " ")))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void only_the_assigned_assistant_notes_progress() {
        cases.fixture.given(activeWithPlan())
                .when(step(OTHER_ASSISTANT, new NoteActionProgress(SCHOOL_ACTION, "Notatka")))
                .expectException(refusedWith("case.not-your-case"));
    }

    @Test
    void the_assistant_completes_an_action_with_its_outcome() {
        cases.fixture.given(activeWithPlan())
                .when(step(ASSISTANT, new CompleteAction(SCHOOL_ACTION, "Frekwencja 98%.")))
                .expectEvents(completed(SCHOOL_ACTION));
    }

    @Test
    void a_completed_action_states_its_outcome() {
        cases.fixture.given(activeWithPlan())
                .when(step(ASSISTANT, new CompleteAction(SCHOOL_ACTION, "")))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void an_action_is_completed_only_once() {
        cases.fixture.given(with(activeWithPlan(), completed(SCHOOL_ACTION)))
                .when(step(ASSISTANT, new CompleteAction(SCHOOL_ACTION, "Jeszcze raz")))
                .expectException(refusedWith("case.plan-action-finished"));
    }

    @Test
    void an_unknown_action_cannot_be_completed() {
        cases.fixture.given(activeWithPlan())
                .when(step(ASSISTANT, new CompleteAction("a-unknown", "Wynik")))
                .expectException(refusedWith("case.plan-action-unknown"));
    }

    @Test
    void the_assistant_drops_an_action_with_a_reason() {
        cases.fixture.given(activeWithPlan())
                .when(step(ASSISTANT, new DropAction(HOUSING_ACTION, "Rodzina otrzymała mieszkanie socjalne.")))
                .expectEvents(new PlanActionDropped(CASE, HOUSING_ACTION, "Rodzina otrzymała mieszkanie socjalne.",
                        TODAY, as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void a_dropped_action_gives_its_reason() {
        cases.fixture.given(activeWithPlan())
                .when(step(ASSISTANT, new DropAction(HOUSING_ACTION, " ")))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void a_completed_action_cannot_be_dropped() {
        cases.fixture.given(with(activeWithPlan(), completed(SCHOOL_ACTION)))
                .when(step(ASSISTANT, new DropAction(SCHOOL_ACTION, "Powód")))
                .expectException(refusedWith("case.plan-action-finished"));
    }

    @Test
    void actions_are_not_changed_after_closure() {
        cases.fixture.given(with(activeWithPlan(), closure()))
                .when(step(ASSISTANT, new DropAction(SCHOOL_ACTION, "Powód")))
                .expectException(refusedWith("case.not-active"));
    }

    private static PlanActionCompleted completed(String actionId) {
        return new PlanActionCompleted(CASE, actionId, "Frekwencja 98%.", TODAY, as(ASSISTANT, Role.FAMILY_ASSISTANT));
    }
}
