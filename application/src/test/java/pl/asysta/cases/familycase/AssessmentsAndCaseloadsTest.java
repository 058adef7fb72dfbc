package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PeriodicAssessmentRecorded;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.Role;

/**
 * The periodic assessment is due six months after the last one or after the assignment (uwr art. 15 ust. 1,
 * art. 17); the start pages flag what is overdue and what falls due within 30 days, and the head sees each
 * assistant's caseload against the cap.
 */
class AssessmentsAndCaseloadsTest extends CaseReadModelTest {

    CaseId neverAssessed;
    CaseId assessedLongAgo;
    CaseId recentlyAssigned;
    CaseId recentlyAssessed;
    CaseId inMonitoring;
    LocalDate lastAssessment;

    @BeforeEach
    void theAssistantsFamilies() {
        neverAssessed = newCaseId("never-assessed");
        assessedLongAgo = newCaseId("assessed-long-ago");
        recentlyAssigned = newCaseId("recently-assigned");
        recentlyAssessed = newCaseId("recently-assessed");
        inMonitoring = newCaseId("in-monitoring");
        lastAssessment = today().minusMonths(6).plusDays(12);
        record(assigned(neverAssessed, "Adamscy", assistant, today().minusMonths(6).minusDays(10)).toArray());
        record(assigned(assessedLongAgo, "Bielscy", assistant, today().minusMonths(9)).toArray());
        record(new PeriodicAssessmentRecorded(assessedLongAgo, lastAssessment, "Sytuacja stabilna", "Postępy",
                true, as(assistant, Role.FAMILY_ASSISTANT)));
        record(assigned(recentlyAssigned, "Cieślakowie", assistant, today().minusMonths(2)).toArray());
        record(assigned(recentlyAssessed, "Dudkowie", secondAssistant, today().minusYears(1)).toArray());
        record(new PeriodicAssessmentRecorded(recentlyAssessed, today().minusMonths(1), "Bez zmian", "Niewielkie",
                true, as(secondAssistant, Role.FAMILY_ASSISTANT)));
        record(assigned(inMonitoring, "Erlichowie", assistant, today().minusYears(1)).toArray());
        recordAndProject(new CaseClosed(inMonitoring, ClosureReason.MOVED_AWAY, "Wyprowadzka", today().minusDays(5),
                today().plusMonths(2), as(assistant, Role.FAMILY_ASSISTANT)), released(assistant, inMonitoring));
    }

    @Test
    void the_assistant_sees_overdue_assessments_first_then_those_due_within_thirty_days() {
        assertThat(workLists.assessmentsDue(today(), assistant))
                .extracting(AssessmentDueRow::caseId, AssessmentDueRow::overdue, AssessmentDueRow::lastAssessmentOn)
                .containsExactly(
                        tuple(neverAssessed, true, null),
                        tuple(assessedLongAgo, false, lastAssessment));
    }

    @Test
    void the_next_assessment_is_due_six_months_after_the_last_one_or_after_the_assignment() {
        assertThat(workLists.assessmentsDue(today(), assistant))
                .extracting(AssessmentDueRow::due)
                .containsExactly(today().minusMonths(6).minusDays(10).plusMonths(6),
                        CaseRules.nextAssessmentDue(lastAssessment));
        assertThat(fileQueries.details(recentlyAssigned, assistant).orElseThrow().nextAssessmentDue())
                .isEqualTo(today().minusMonths(2).plusMonths(6));
    }

    @Test
    void the_case_list_flags_overdue_and_due_soon_assessments() {
        assertThat(workLists.casesFor(assistant))
                .extracting(CaseSummary::caseId, CaseSummary::assessmentOverdue, CaseSummary::assessmentDueSoon)
                .containsExactly(
                        tuple(neverAssessed, true, false),
                        tuple(assessedLongAgo, false, true),
                        tuple(recentlyAssigned, false, false),
                        tuple(inMonitoring, false, false));
    }

    @Test
    void a_family_in_monitoring_has_no_assessment_due_but_a_monitoring_end() {
        CaseSummary monitored = workLists.casesFor(assistant).stream()
                .filter(summary -> summary.caseId().equals(inMonitoring)).findFirst().orElseThrow();
        assertThat(monitored.status()).isEqualTo(CaseStatus.MONITORING);
        assertThat(monitored.nextAssessmentDue()).isNull();
        assertThat(monitored.monitoringUntil()).isEqualTo(today().plusMonths(2));
    }

    @Test
    void the_head_sees_the_overdue_assessments_of_every_assistant_of_the_centre() {
        assertThat(workLists.assessmentsDue(today(), head)).extracting(AssessmentDueRow::caseId)
                .containsExactly(neverAssessed, assessedLongAgo);
        assertThat(workLists.assessmentsDue(today().plusMonths(6), head)).extracting(AssessmentDueRow::caseId)
                .contains(recentlyAssigned, recentlyAssessed);
        assertThat(workLists.assessmentsDue(today(), secondAssistant)).isEmpty();
    }

    @Test
    void the_head_sees_each_assistants_caseload_against_the_cap_without_families_in_monitoring() {
        assertThat(workLists.caseloads(head))
                .extracting(CaseloadRow::assistantName, CaseloadRow::activeFamilies, CaseloadRow::cap,
                        CaseloadRow::overdueAssessments)
                .containsExactly(
                        tuple("Anna Asystentka", 3, CaseRules.MAX_FAMILIES_PER_ASSISTANT, 1),
                        tuple("Marek Asystent", 1, CaseRules.MAX_FAMILIES_PER_ASSISTANT, 0));
        assertThat(workLists.caseloads(assistant)).isEmpty();
    }
}
