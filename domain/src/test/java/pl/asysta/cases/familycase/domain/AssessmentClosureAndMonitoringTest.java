package pl.asysta.cases.familycase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.asysta.cases.familycase.domain.FamilyCaseFixture.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.domain.ClosureStep.CloseCase;
import pl.asysta.cases.familycase.domain.ClosureStep.EndMonitoring;
import pl.asysta.cases.familycase.domain.ClosureStep.RecordMonitoringEntry;
import pl.asysta.cases.familycase.domain.ClosureStep.ReopenCase;
import pl.asysta.cases.familycase.domain.DocumentationStep.DocumentWork;
import pl.asysta.cases.familycase.domain.DocumentationStep.RecordAssessment;
import pl.asysta.cases.familycase.domain.IntakeStep.WithdrawConsent;
import pl.asysta.shared.DataCategory;

class AssessmentClosureAndMonitoringTest {

    @Test
    void the_first_assessment_is_due_six_months_after_the_assignment() {
        assertThat(activeSince(LocalDate.of(2026, 5, 10)).nextAssessmentDue()).isEqualTo(LocalDate.of(2026, 11, 10));
    }

    @Test
    void each_assessment_restarts_the_six_months() {
        FamilyCase familyCase = activeSince(LocalDate.of(2026, 1, 5));
        familyCase.decide(new RecordAssessment(LocalDate.of(2026, 6, 30), "Sytuacja stabilna",
                "Syn poprawił frekwencję", true), ASSISTANT, TODAY).forEach(familyCase::apply);

        assertThat(familyCase.nextAssessmentDue()).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void overdue_and_due_soon_follow_from_the_due_date() {
        LocalDate due = LocalDate.of(2026, 12, 1);
        assertThat(CaseRules.assessmentOverdue(due, LocalDate.of(2026, 12, 2))).isTrue();
        assertThat(CaseRules.assessmentDueSoon(due, LocalDate.of(2026, 11, 5))).isTrue();
        assertThat(CaseRules.assessmentDueSoon(due, LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(CaseRules.assessmentDueSoon(due, LocalDate.of(2026, 12, 2))).isFalse();
    }

    @Test
    void a_visit_lasting_no_time_is_refused() {
        assertThatThrownBy(() -> active().decide(new DocumentWork("w-1", WorkKind.HOME_VISIT, TODAY, 0, List.of(),
                "Wizyta", DataCategory.VISITS), ASSISTANT, TODAY)).hasMessageContaining("case.duration-invalid");
    }

    @Test
    void closure_opens_monitoring_of_the_chosen_length() {
        FamilyCase familyCase = active();

        familyCase.decide(new CloseCase(ClosureReason.GOALS_ACHIEVED, "Cele planu osiągnięte.", TODAY, 6), ASSISTANT,
                TODAY)
                .forEach(familyCase::apply);

        assertThat(familyCase.status()).isEqualTo(CaseStatus.MONITORING);
        assertThat(familyCase.monitoringUntil()).isEqualTo(TODAY.plusMonths(6));
        assertThat(familyCase.nextAssessmentDue()).isNull();
    }

    @Test
    void monitoring_lasts_one_to_twelve_months() {
        assertThatThrownBy(() -> active().decide(new CloseCase(ClosureReason.MOVED_AWAY, "Wyprowadzka", TODAY, 13),
                ASSISTANT, TODAY))
                .hasMessageContaining("case.monitoring-length");
    }

    @Test
    void no_visit_is_documented_on_a_closed_case_but_monitoring_entries_are() {
        FamilyCase familyCase = active();
        familyCase.decide(new CloseCase(ClosureReason.GOALS_ACHIEVED, "Cele osiągnięte.", TODAY, 3), ASSISTANT, TODAY)
                .forEach(familyCase::apply);

        assertThatThrownBy(() -> familyCase.decide(new DocumentWork("w-1", WorkKind.HOME_VISIT, TODAY, 60, List.of(),
                "Wizyta", DataCategory.VISITS), ASSISTANT, TODAY)).hasMessageContaining("case.not-active");
        assertThat(familyCase.decide(new RecordMonitoringEntry(TODAY, "Rodzina radzi sobie."), ASSISTANT,
                TODAY)).hasSize(1);
    }

    @Test
    void a_closed_case_reopens_with_a_reason_and_waits_for_a_new_assignment() {
        FamilyCase familyCase = active();
        familyCase.decide(new CloseCase(ClosureReason.GOALS_ACHIEVED, "Cele osiągnięte.", TODAY, 3), ASSISTANT, TODAY)
                .forEach(familyCase::apply);
        familyCase.decide(new EndMonitoring(MonitoringOutcome.NEEDS_RENEWED_SUPPORT, "Nawrót trudności"), ASSISTANT,
                TODAY)
                .forEach(familyCase::apply);

        familyCase.decide(new ReopenCase("Ponowne zgłoszenie ze szkoły"), SOCIAL_WORKER,
                TODAY).forEach(familyCase::apply);

        assertThat(familyCase.status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(familyCase.assistant()).isNull();
    }

    @Test
    void a_case_closed_during_intake_is_monitored_by_its_social_worker() {
        FamilyCase familyCase = awaitingAssignment();
        familyCase.decide(new WithdrawConsent(TODAY, "Rodzina rezygnuje przed przydzieleniem asystenta.", 3),
                SOCIAL_WORKER, TODAY)
                .forEach(familyCase::apply);

        assertThat(familyCase.status()).isEqualTo(CaseStatus.MONITORING);
        assertThat(familyCase.decide(new RecordMonitoringEntry(TODAY, "Kontakt telefoniczny, bez zmian."),
                SOCIAL_WORKER, TODAY))
                .hasSize(1);
        assertThatThrownBy(() -> familyCase.decide(new RecordMonitoringEntry(TODAY, "Wpis"), ASSISTANT, TODAY))
                .hasMessageContaining("case.role-not-allowed");
    }

    @Test
    void an_active_case_cannot_be_reopened() {
        assertThatThrownBy(() -> active().decide(new ReopenCase("Powód"), HEAD,
                TODAY)).hasMessageContaining("case.not-closed");
    }
}
