package pl.asysta.cases.familycase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.asysta.cases.familycase.domain.FamilyCaseFixture.*;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.domain.ChildSupportStep.StartZaZyciemSupport;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordConsent;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordCourtOrder;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordInterview;
import pl.asysta.cases.familycase.domain.IntakeStep.RequestAssistant;
import pl.asysta.cases.familycase.domain.IntakeStep.WithdrawConsent;
import pl.asysta.cases.familycase.domain.PlanStep.AdoptWorkPlan;
import pl.asysta.cases.familycase.domain.PlanStep.ConsultPlan;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.Role;

/**
 * The case team: the assigned assistant, the social worker who opened the case and the head
 * of its centre. Another social worker of the same centre sees nothing of the case, so writes nothing in it.
 */
class CaseTeamTest {

    static final Actor COLLEAGUE = actor("pracownik2", "Jolanta Nowicka", Role.SOCIAL_WORKER, OPS);

    @Test
    void the_assistant_the_social_worker_and_the_head_are_the_case_team() {
        FamilyCase familyCase = active();

        assertThat(familyCase.caseTeam(ASSISTANT)).isTrue();
        assertThat(familyCase.caseTeam(SOCIAL_WORKER)).isTrue();
        assertThat(familyCase.caseTeam(HEAD)).isTrue();
        assertThat(familyCase.caseTeam(OTHER_ASSISTANT)).isFalse();
        assertThat(familyCase.caseTeam(COLLEAGUE)).isFalse();
        assertThat(familyCase.caseTeam(OTHER_CENTRE_SOCIAL_WORKER)).isFalse();
        assertThat(familyCase.caseTeam(COORDINATOR)).isFalse();
        assertThat(FamilyCase.empty().caseTeam(HEAD)).isFalse();
    }

    @Test
    void another_social_worker_of_the_centre_does_not_do_the_intake_of_a_case_they_did_not_open() {
        FamilyCase familyCase = registered();

        refused(() -> familyCase.decide(new RecordInterview(TODAY, "Wywiad", List.of()), COLLEAGUE, TODAY));
        refused(() -> familyCase.decide(new RequestAssistant("Wniosek"), COLLEAGUE, TODAY));
        refused(() -> familyCase.decide(new RecordConsent("Agnieszka Nowak", TODAY, "ZG/1"), COLLEAGUE, TODAY));
        refused(() -> familyCase.decide(new RecordCourtOrder("Sąd Rejonowy", "III Nsm 1/26", TODAY), COLLEAGUE,
                TODAY));
        assertThat(familyCase.decide(new RecordInterview(TODAY, "Wywiad", List.of()), SOCIAL_WORKER, TODAY)).hasSize(1);
    }

    @Test
    void another_social_worker_of_the_centre_neither_consults_the_plan_nor_withdraws_the_consent() {
        FamilyCase familyCase = active();
        familyCase.decide(new AdoptWorkPlan(0, "Cele", List.of(action("a-1", "Szkoła", TODAY.plusDays(30)))),
                ASSISTANT, TODAY)
                .forEach(familyCase::apply);

        refused(() -> familyCase.decide(new ConsultPlan(1, "Opinia"), COLLEAGUE, TODAY));
        refused(() -> familyCase.decide(new WithdrawConsent(TODAY, "Wycofana", 3), COLLEAGUE, TODAY));
        refused(() -> familyCase.decide(new StartZaZyciemSupport(ZaZyciemGround.CHILD_WITH_SEVERE_DISABILITY),
                COLLEAGUE, TODAY));
        assertThat(familyCase.decide(new ConsultPlan(1, "Opinia"), SOCIAL_WORKER, TODAY)).hasSize(1);
    }

    @Test
    void the_head_of_the_centre_acts_on_every_case_of_the_centre() {
        FamilyCase familyCase = registered();

        assertThat(familyCase.decide(new RecordCourtOrder("Sąd Rejonowy", "III Nsm 1/26", TODAY), HEAD,
                TODAY)).hasSize(1);
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo("case.role-not-allowed"));
    }
}
