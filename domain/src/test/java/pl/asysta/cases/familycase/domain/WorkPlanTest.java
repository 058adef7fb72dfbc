package pl.asysta.cases.familycase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.asysta.cases.familycase.domain.FamilyCaseFixture.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.cases.familycase.domain.PlanStep.AdoptWorkPlan;
import pl.asysta.cases.familycase.domain.PlanStep.CompleteAction;
import pl.asysta.cases.familycase.domain.PlanStep.ConsultPlan;
import pl.asysta.cases.familycase.domain.PlanStep.DropAction;

class WorkPlanTest {

    @Test
    void each_adopted_plan_is_a_new_version() {
        FamilyCase familyCase = active();
        var first = familyCase.decide(new AdoptWorkPlan(0, "Poprawa frekwencji syna", List.of(action("a-1",
                "Codzienne odprowadzanie do szkoły", TODAY.plusMonths(1)))), ASSISTANT, TODAY);
        first.forEach(familyCase::apply);
        var second = familyCase.decide(new AdoptWorkPlan(1, "Poprawa frekwencji i ocen", List.of(action("a-2",
                "Korepetycje z matematyki", TODAY.plusMonths(2)))), ASSISTANT, TODAY);

        assertThat(((WorkPlanAdopted) first.getFirst()).version()).isEqualTo(1);
        assertThat(((WorkPlanAdopted) second.getFirst()).version()).isEqualTo(2);
    }

    @Test
    void a_plan_revised_from_an_old_version_overwrites_nothing() {
        FamilyCase familyCase = active();
        familyCase.decide(new AdoptWorkPlan(0, "Cel", List.of(action("a-1", "Działanie", TODAY.plusDays(7)))),
                ASSISTANT, TODAY)
                .forEach(familyCase::apply);

        assertThatThrownBy(() -> familyCase.decide(new AdoptWorkPlan(0, "Inny cel", List.of(action("a-9",
                "Inne działanie", TODAY.plusDays(7)))), ASSISTANT, TODAY))
                .hasMessageContaining("case.plan-changed-meanwhile");
    }

    @Test
    void a_plan_action_needs_a_deadline_that_has_not_passed_and_an_expected_effect() {
        FamilyCase familyCase = active();
        assertThatThrownBy(() -> familyCase.decide(new AdoptWorkPlan(0, "Cel", List.of(action("a-1", "Działanie",
                TODAY.minusDays(1)))), ASSISTANT, TODAY))
                .hasMessageContaining("case.plan-action-deadline-past");
        PlanAction noEffect = new PlanAction("a-1", "Działanie",
                new ActionOwner(ActionOwner.Kind.ASSISTANT, "Anna Kowalska", null), TODAY.plusDays(3), " ");
        assertThatThrownBy(() -> familyCase.decide(new AdoptWorkPlan(0, "Cel", List.of(noEffect)), ASSISTANT, TODAY))
                .hasMessageContaining("case.plan-action-effect-missing");
    }

    @Test
    void only_the_assigned_assistant_adopts_the_plan() {
        assertThatThrownBy(() -> active().decide(new AdoptWorkPlan(0, "Cel", List.of(action("a-1", "Działanie",
                TODAY.plusDays(7)))), OTHER_ASSISTANT, TODAY))
                .hasMessageContaining("case.not-your-case");
    }

    @Test
    void a_completed_action_cannot_be_completed_again() {
        FamilyCase familyCase = active();
        familyCase.decide(new AdoptWorkPlan(0, "Cel", List.of(action("a-1", "Działanie", TODAY.plusDays(7)))),
                ASSISTANT, TODAY)
                .forEach(familyCase::apply);
        familyCase.decide(new CompleteAction("a-1", "Syn chodzi do szkoły"), ASSISTANT,
                TODAY).forEach(familyCase::apply);

        assertThatThrownBy(() -> familyCase.decide(new DropAction("a-1", "Nieaktualne"), ASSISTANT, TODAY))
                .hasMessageContaining("case.plan-action-finished");
    }

    @Test
    void the_social_worker_is_consulted_on_an_existing_version_only() {
        FamilyCase familyCase = active();
        assertThatThrownBy(() -> familyCase.decide(new ConsultPlan(1, "Zgoda"), SOCIAL_WORKER, TODAY))
                .hasMessageContaining("case.plan-version-unknown");
    }
}
