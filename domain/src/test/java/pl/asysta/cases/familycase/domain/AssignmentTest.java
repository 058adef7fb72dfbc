package pl.asysta.cases.familycase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.asysta.cases.familycase.domain.FamilyCaseFixture.*;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.domain.AssignmentStep.AssignAssistant;
import pl.asysta.cases.familycase.domain.AssignmentStep.ReassignAssistant;
import pl.asysta.cases.familycase.domain.DocumentationStep.RecordAssessment;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantReassigned;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordCourtOrder;
import pl.asysta.cases.familycase.domain.IntakeStep.RequestAssistant;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.UserId;

class AssignmentTest {

    @Test
    void the_head_assigns_an_assistant_to_a_requested_case_with_consent() {
        FamilyCase familyCase = awaitingAssignment();

        familyCase.decide(new AssignAssistant(ASSISTANT.userId(), "Anna Kowalska", TODAY), HEAD, TODAY)
                .forEach(familyCase::apply);

        assertThat(familyCase.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(familyCase.assistant()).isEqualTo(ASSISTANT.userId());
    }

    @Test
    void no_assignment_without_consent_or_court_order() {
        FamilyCase familyCase = registered();
        familyCase.decide(new RequestAssistant("Potrzeba wsparcia"), SOCIAL_WORKER, TODAY).forEach(familyCase::apply);

        assertThatThrownBy(() -> familyCase.decide(new AssignAssistant(ASSISTANT.userId(), "Anna Kowalska", TODAY),
                HEAD, TODAY))
                .hasMessageContaining("case.legal-basis-missing");
    }

    @Test
    void a_court_order_is_enough_without_a_request_or_consent() {
        FamilyCase familyCase = registered();
        familyCase.decide(new RecordCourtOrder("Sąd Rejonowy", "III Nsm 1/26", TODAY), SOCIAL_WORKER, TODAY)
                .forEach(familyCase::apply);

        familyCase.decide(new AssignAssistant(ASSISTANT.userId(), "Anna Kowalska", TODAY), HEAD,
                TODAY).forEach(familyCase::apply);

        assertThat(familyCase.status()).isEqualTo(CaseStatus.ACTIVE);
    }

    @Test
    void only_the_head_of_the_centre_assigns() {
        assertThatThrownBy(() -> awaitingAssignment()
                .decide(new AssignAssistant(ASSISTANT.userId(), "Anna Kowalska", TODAY), SOCIAL_WORKER, TODAY))
                .hasMessageContaining("case.role-not-allowed");
    }

    @Test
    void reassignment_names_the_previous_assistant_so_the_history_stays() {
        FamilyCase familyCase = active();

        var events = familyCase.decide(new ReassignAssistant(OTHER_ASSISTANT.userId(), "Marek Wiśniewski",
                "Urlop zdrowotny", TODAY), HEAD, TODAY);

        assertThat(((AssistantReassigned) events.getFirst()).previousAssistant()).isEqualTo(ASSISTANT.userId());
        events.forEach(familyCase::apply);
        assertThat(familyCase.assistant()).isEqualTo(OTHER_ASSISTANT.userId());
        assertThatThrownBy(() -> familyCase.decide(new RecordAssessment(TODAY, "Stabilna", "Postęp", true), ASSISTANT,
                TODAY))
                .hasMessageContaining("case.not-your-case");
    }

    @Test
    void an_assistant_with_fifteen_families_cannot_take_another() {
        AssistantCaseload caseload = AssistantCaseload.empty();
        for (int i = 1; i <= 15; i++) {
            caseload.takeOn(ASSISTANT.userId(), new CaseId("c-" + i)).forEach(caseload::apply);
        }

        assertThat(caseload.activeFamilies()).isEqualTo(15);
        assertThatThrownBy(() -> caseload.takeOn(ASSISTANT.userId(), new CaseId("c-16")))
                .hasMessageContaining("case.caseload-full");
    }

    @Test
    void one_assistant_s_caseload_never_takes_on_for_another() {
        AssistantCaseload caseload = AssistantCaseload.empty();
        caseload.takeOn(ASSISTANT.userId(), new CaseId("c-1")).forEach(caseload::apply);

        assertThatThrownBy(() -> caseload.takeOn(OTHER_ASSISTANT.userId(), new CaseId("c-2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_released_family_frees_a_place_for_the_next() {
        AssistantCaseload caseload = AssistantCaseload.empty();
        for (int i = 1; i <= 15; i++) {
            caseload.takeOn(ASSISTANT.userId(), new CaseId("c-" + i)).forEach(caseload::apply);
        }
        caseload.release(new CaseId("c-3")).forEach(caseload::apply);

        assertThat(caseload.takeOn(new UserId("asystent"), new CaseId("c-16"))).hasSize(1);
    }
}
