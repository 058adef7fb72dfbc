package pl.asysta.cases.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.CaseReadModelTest;
import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ChildPlacedInFosterCare;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;

/** The default access policy (docs/access-matrix.md), as each role meets it on the case screens. */
class WhoSeesWhichCaseTest extends CaseReadModelTest {

    CaseId kowalscy;
    CaseId nowakowie;
    CaseId wisniewscy;
    CaseId closedByAssistant;

    @BeforeEach
    void aCentreWithFourFamilies() {
        kowalscy = newCaseId("kowalscy");
        nowakowie = newCaseId("nowakowie");
        wisniewscy = newCaseId("wisniewscy");
        closedByAssistant = newCaseId("zielinscy");
        record(assigned(kowalscy, "Kowalscy", assistant, today().minusMonths(2)).toArray());
        record(assigned(nowakowie, "Nowakowie", secondAssistant, today().minusMonths(2)).toArray());
        record(registered(wisniewscy, "Wiśniewscy", colleague));
        record(assigned(closedByAssistant, "Zielińscy", assistant, today().minusMonths(5)).toArray());
        recordAndProject(new CaseClosed(closedByAssistant, ClosureReason.GOALS_ACHIEVED, "Cele osiągnięte",
                        today().minusDays(3), today().plusMonths(3), as(assistant, Role.FAMILY_ASSISTANT)),
                released(assistant, closedByAssistant),
                new WorkPlanAdopted(kowalscy, 1, "Stabilizacja", List.of(action("a1", "Szkoła", today().plusDays(20))),
                        today(), as(assistant, Role.FAMILY_ASSISTANT)),
                new ChildPlacedInFosterCare(kowalscy, "m2", today().minusDays(1), "Rodzina zastępcza Malinowskich",
                        coordinator.userId(), coordinator.displayName(), "PPD/7/2026",
                        as(assistant, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void an_assistant_sees_their_own_families_including_those_in_monitoring() {
        assertThat(workLists.casesFor(assistant)).extracting(CaseSummary::caseId)
                .containsExactly(kowalscy, closedByAssistant);
        assertThat(fileQueries.details(nowakowie, assistant)).isEmpty();
        assertThat(fileQueries.details(closedByAssistant, assistant)).isPresent();
    }

    @Test
    void a_social_worker_sees_the_cases_they_registered_in_their_centre() {
        assertThat(workLists.casesFor(socialWorker)).extracting(CaseSummary::caseId)
                .containsExactlyInAnyOrder(kowalscy, nowakowie, closedByAssistant);
        assertThat(workLists.casesFor(colleague)).extracting(CaseSummary::caseId).containsExactly(wisniewscy);
        assertThat(fileQueries.details(wisniewscy, socialWorker)).isEmpty();
    }

    @Test
    void the_head_sees_every_case_of_the_centre() {
        assertThat(workLists.casesFor(head)).extracting(CaseSummary::familyName)
                .containsExactly("Kowalscy", "Nowakowie", "Wiśniewscy", "Zielińscy");
    }

    @Test
    void staff_of_another_centre_see_nothing() {
        assertThat(workLists.casesFor(foreignSocialWorker)).isEmpty();
        assertThat(workLists.casesFor(foreignHead)).isEmpty();
        assertThat(fileQueries.details(kowalscy, foreignHead)).isEmpty();
        assertThat(timeline.page(kowalscy, TimelineFilter.ALL, 0, 50, foreignSocialWorker)).isEmpty();
        assertThat(timeline.count(kowalscy, TimelineFilter.ALL, foreignSocialWorker)).isZero();
        assertThat(fileQueries.workPlan(kowalscy, foreignHead)).isEmpty();
        assertThat(workLists.assessmentsDue(today().plusYears(1), foreignHead)).isEmpty();
        assertThat(workLists.actionsDueFor(today(), today().plusYears(1), foreignHead)).isEmpty();
        assertThat(workLists.caseloads(foreignHead)).isEmpty();
    }

    @Test
    void roles_outside_the_case_team_see_nothing() {
        assertThat(workLists.casesFor(teacher)).isEmpty();
        assertThat(fileQueries.details(kowalscy, teacher)).isEmpty();
        assertThat(timeline.page(kowalscy, TimelineFilter.ALL, 0, 50, teacher)).isEmpty();
    }

    @Test
    void the_foster_care_coordinator_sees_the_case_of_the_child_placed_with_them_in_their_categories_only() {
        assertThat(workLists.casesFor(coordinator)).extracting(CaseSummary::caseId).containsExactly(kowalscy);
        CaseDetails details = fileQueries.details(kowalscy, coordinator).orElseThrow();
        assertThat(details.visibleCategories()).containsExactlyInAnyOrder(DataCategory.BASIC, DataCategory.PLAN,
                DataCategory.ASSESSMENT, DataCategory.COURT);
        assertThat(details.consent()).isNull();
        assertThat(timeline.page(kowalscy, TimelineFilter.ALL, 0, 50, coordinator))
                .extracting(TimelineRow::category)
                .isNotEmpty()
                .allMatch(pl.asysta.cases.access.domain.AccessRules.FOSTER_CARE_COORDINATOR_CATEGORIES::contains);
        assertThat(timeline.page(kowalscy, TimelineFilter.categories(DataCategory.CONSENT), 0, 50, coordinator))
                .isEmpty();
        assertThat(fileQueries.workPlan(kowalscy, coordinator)).hasSize(1);
        assertThat(fileQueries.details(nowakowie, coordinator)).isEmpty();
    }
}
