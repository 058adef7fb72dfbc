package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.PlanVersionDetails.PlanActionRow;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionCompleted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionDropped;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionProgressed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.SocialWorkerConsulted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.Role;

/**
 * The work plan keeps every version as adopted (uwr art. 15 ust. 1 pkt 1, ust. 3); actions move from open to
 * completed or dropped, and the assistant's start page lists the open actions of current plans by deadline.
 */
class WorkPlanVersionsTest extends CaseReadModelTest {

    CaseId caseId;

    @BeforeEach
    void aPlanRevisedOnce() {
        caseId = newCaseId("plan");
        record(assigned(caseId, "Jasińscy", assistant, today().minusMonths(4)).toArray());
        recordAndProject(
                new WorkPlanAdopted(caseId, 1, "Poprawa warunków mieszkaniowych", List.of(
                        action("a1", "Złożyć wniosek o dodatek mieszkaniowy", today().minusDays(2)),
                        action("a2", "Uporządkować mieszkanie", today().plusDays(20)),
                        action("a3", "Kurs gotowania", today().plusDays(60))),
                        today().minusMonths(3), as(assistant, Role.FAMILY_ASSISTANT)),
                new SocialWorkerConsulted(caseId, 1, "Plan realny, popieram", as(socialWorker, Role.SOCIAL_WORKER)),
                new PlanActionProgressed(caseId, "a1", "Wniosek wypełniony", today().minusMonths(2),
                        as(assistant, Role.FAMILY_ASSISTANT)),
                new PlanActionProgressed(caseId, "a1", "Brakuje zaświadczenia o dochodach", today().minusMonths(1),
                        as(assistant, Role.FAMILY_ASSISTANT)),
                new PlanActionCompleted(caseId, "a2", "Mieszkanie czyste", today().minusDays(20),
                        as(assistant, Role.FAMILY_ASSISTANT)),
                new WorkPlanAdopted(caseId, 2, "Poprawa warunków i opieki nad dziećmi", List.of(
                        action("a1", "Złożyć wniosek o dodatek mieszkaniowy", today().minusDays(2)),
                        action("a3", "Kurs gotowania", today().plusDays(5)),
                        action("a4", "Zapisać dzieci na świetlicę", today().plusDays(40))),
                        today().minusDays(10), as(assistant, Role.FAMILY_ASSISTANT)),
                new PlanActionDropped(caseId, "a4", "Świetlica zamknięta", today().minusDays(1),
                        as(assistant, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void versions_come_newest_first_and_the_first_stays_as_adopted() {
        List<PlanVersionDetails> plan = fileQueries.workPlan(caseId, assistant);
        assertThat(plan).extracting(PlanVersionDetails::version).containsExactly(2, 1);
        PlanVersionDetails first = plan.get(1);
        assertThat(first.goals()).isEqualTo("Poprawa warunków mieszkaniowych");
        assertThat(first.adoptedOn()).isEqualTo(today().minusMonths(3));
        assertThat(first.authorName()).isEqualTo("Anna Asystentka");
        assertThat(first.actions()).extracting(PlanActionRow::actionId, PlanActionRow::deadline)
                .containsExactly(tuple("a1", today().minusDays(2)), tuple("a2", today().plusDays(20)),
                        tuple("a3", today().plusDays(60)));
        assertThat(plan.getFirst().actions()).extracting(PlanActionRow::actionId).containsExactly("a1", "a3", "a4");
    }

    @Test
    void actions_show_their_current_status_and_last_progress() {
        List<PlanVersionDetails> plan = fileQueries.workPlan(caseId, assistant);
        assertThat(plan.get(1).actions())
                .extracting(PlanActionRow::actionId, PlanActionRow::status, PlanActionRow::lastProgressNote,
                        PlanActionRow::closingNote)
                .containsExactly(
                        tuple("a1", ActionStatus.OPEN, "Brakuje zaświadczenia o dochodach", null),
                        tuple("a2", ActionStatus.COMPLETED, null, "Mieszkanie czyste"),
                        tuple("a3", ActionStatus.OPEN, null, null));
        assertThat(plan.getFirst().actions())
                .filteredOn(action -> action.actionId().equals("a4"))
                .singleElement()
                .satisfies(action -> {
                    assertThat(action.status()).isEqualTo(ActionStatus.DROPPED);
                    assertThat(action.closingNote()).isEqualTo("Świetlica zamknięta");
                    assertThat(action.closedOn()).isEqualTo(today().minusDays(1));
                });
    }

    @Test
    void the_social_workers_consultation_stays_with_the_version_it_concerned() {
        List<PlanVersionDetails> plan = fileQueries.workPlan(caseId, socialWorker);
        assertThat(plan.get(1).consultations()).singleElement().satisfies(consultation -> {
            assertThat(consultation.socialWorkerName()).isEqualTo("Beata Socjalna");
            assertThat(consultation.opinion()).isEqualTo("Plan realny, popieram");
        });
        assertThat(plan.getFirst().consultations()).isEmpty();
    }

    @Test
    void the_start_page_lists_open_actions_of_the_current_plan_overdue_first() {
        assertThat(workLists.actionsDueFor(today(), today().plusDays(7), assistant))
                .extracting(DueActionRow::actionId, DueActionRow::overdue, DueActionRow::planVersion)
                .containsExactly(tuple("a1", true, 2), tuple("a3", false, 2));
        assertThat(workLists.actionsDueFor(today(), today().plusDays(7), secondAssistant)).isEmpty();
        assertThat(workLists.actionsDueFor(today(), today().plusDays(7), head)).hasSize(2);
    }

    @Test
    void a_completed_action_leaves_the_start_page() {
        recordAndProject(new PlanActionCompleted(caseId, "a1", "Dodatek przyznany", today(),
                as(assistant, Role.FAMILY_ASSISTANT)));
        assertThat(workLists.actionsDueFor(today(), today().plusDays(7), assistant))
                .extracting(DueActionRow::actionId).containsExactly("a3");
    }
}
