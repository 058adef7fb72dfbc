package pl.asysta.cases.familycase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.asysta.cases.familycase.domain.FamilyCaseFixture.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentWithdrawn;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordCourtOrder;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordInterview;
import pl.asysta.cases.familycase.domain.IntakeStep.RequestAssistant;
import pl.asysta.cases.familycase.domain.IntakeStep.WithdrawConsent;
import pl.asysta.shared.DomainRuleViolation;

class IntakeAndLegalBasisTest {

    @Test
    void a_social_worker_opens_the_case_for_their_own_centre_and_stays_its_social_worker() {
        var events = FamilyCase.register(CASE, " Nowakowie ", List.of(MOTHER, SON), null, null, SOCIAL_WORKER);

        var registered = (FamilyRegistered) events.getFirst();
        assertThat(registered.centre()).isEqualTo(OPS);
        assertThat(registered.familyName()).isEqualTo("Nowakowie");
        assertThat(registered.recordedBy().userId()).isEqualTo(SOCIAL_WORKER.userId());
        assertThat(replay(events).status()).isEqualTo(CaseStatus.INTAKE);
    }

    @Test
    void only_a_social_worker_opens_a_case() {
        assertThatThrownBy(() -> FamilyCase.register(CASE, "Nowakowie", List.of(MOTHER), null, null, ASSISTANT))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("case.role-not-allowed");
    }

    @Test
    void a_family_without_members_cannot_be_registered() {
        assertThatThrownBy(() -> FamilyCase.register(CASE, "Nowakowie", List.of(), null, null, SOCIAL_WORKER))
                .hasMessageContaining("case.members-missing");
    }

    @Test
    void a_social_worker_of_another_centre_cannot_record_the_interview() {
        assertThatThrownBy(() -> registered().decide(new RecordInterview(TODAY, "Mieszkanie zadbane.", List.of()),
                OTHER_CENTRE_SOCIAL_WORKER, TODAY)).hasMessageContaining("case.role-not-allowed");
    }

    @Test
    void an_interview_cannot_be_dated_tomorrow() {
        assertThatThrownBy(() -> registered().decide(new RecordInterview(TODAY.plusDays(1), "Mieszkanie zadbane.",
                List.of()), SOCIAL_WORKER, TODAY)).hasMessageContaining("case.date-in-future");
    }

    @Test
    void an_assistant_is_requested_once() {
        FamilyCase familyCase = awaitingAssignment();
        assertThatThrownBy(() -> familyCase.decide(new RequestAssistant("Ponownie"), SOCIAL_WORKER, TODAY))
                .hasMessageContaining("case.assistant-already-requested");
    }

    @Test
    void withdrawn_consent_without_a_court_order_closes_the_case_and_opens_monitoring() {
        FamilyCase familyCase = active();

        var events = familyCase.decide(new WithdrawConsent(TODAY, "Matka rezygnuje ze współpracy.", 3), ASSISTANT,
                TODAY);

        assertThat(events).hasSize(2).first().isInstanceOf(ConsentWithdrawn.class);
        var closed = (CaseClosed) events.get(1);
        assertThat(closed.reason()).isEqualTo(ClosureReason.CONSENT_WITHDRAWN);
        assertThat(closed.monitoringUntil()).isEqualTo(TODAY.plusMonths(3));
        events.forEach(familyCase::apply);
        assertThat(familyCase.status()).isEqualTo(CaseStatus.MONITORING);
    }

    @Test
    void withdrawn_consent_does_not_end_work_the_court_ordered() {
        FamilyCase familyCase = active();
        familyCase.decide(new RecordCourtOrder("Sąd Rejonowy w Przykładowie, III Wydział Rodzinny", "III Nsm 123/26",
                TODAY.minusDays(2)), ASSISTANT, TODAY).forEach(familyCase::apply);

        var events = familyCase.decide(new WithdrawConsent(TODAY, "Matka cofa zgodę.", 3), ASSISTANT, TODAY);

        assertThat(events).singleElement().isInstanceOf(ConsentWithdrawn.class);
        events.forEach(familyCase::apply);
        assertThat(familyCase.status()).isEqualTo(CaseStatus.ACTIVE);
    }

    @Test
    void consent_that_was_never_given_cannot_be_withdrawn() {
        assertThatThrownBy(() -> registered().decide(new WithdrawConsent(TODAY, null, 3), SOCIAL_WORKER, TODAY))
                .hasMessageContaining("case.no-consent-to-withdraw");
    }
}
