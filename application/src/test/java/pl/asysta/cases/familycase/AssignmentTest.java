package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.FamilyCaseFixture.*;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.domain.AssignmentStep.AssignAssistant;
import pl.asysta.cases.familycase.domain.AssignmentStep.ReassignAssistant;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantAssigned;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantReassigned;
import pl.asysta.shared.Role;

/**
 * The head of the centre assigns an assistant (uwr art. 11) who works with at most fifteen families at a time
 * (art. 15 ust. 4); a reassignment moves the family to another assistant and keeps the history.
 */
class AssignmentTest {

    final FamilyCaseFixture cases = new FamilyCaseFixture();

    @Test
    void the_head_assigns_an_assistant_who_takes_the_family_on() {
        cases.fixture.given(requestedWithConsent())
                .when(step(HEAD, new AssignAssistant(ASSISTANT.userId(), ASSISTANT.displayName(), TODAY.minusDays(10))))
                .expectEvents(assigned());
        assertThat(cases.worksWithTheFamily(ASSISTANT)).isTrue();
    }

    @Test
    void assistant_with_fourteen_families_takes_the_fifteenth() {
        cases.assistantAlreadyWorksWith(ASSISTANT, 14);
        cases.fixture.given(requestedWithConsent())
                .when(step(HEAD, new AssignAssistant(ASSISTANT.userId(), ASSISTANT.displayName(), TODAY)))
                .expectSuccessfulHandlerExecution();
        assertThat(cases.familiesOf(ASSISTANT)).isEqualTo(15);
    }

    @Test
    void assistant_with_fifteen_families_cannot_take_another() {
        cases.assistantAlreadyWorksWith(ASSISTANT, 15);
        cases.fixture.given(requestedWithConsent())
                .when(step(HEAD, new AssignAssistant(ASSISTANT.userId(), ASSISTANT.displayName(), TODAY)))
                .expectException(refusedWith("case.caseload-full"))
                .expectNoEvents();
        assertThat(cases.familiesOf(ASSISTANT)).isEqualTo(15);
    }

    @Test
    void a_court_ordered_family_is_assigned_without_a_request() {
        cases.fixture.given(with(intake(), courtOrder()))
                .when(step(HEAD, new AssignAssistant(ASSISTANT.userId(), ASSISTANT.displayName(), TODAY)))
                .expectEvents(new AssistantAssigned(CASE, ASSISTANT.userId(), ASSISTANT.displayName(), TODAY,
                        as(HEAD, Role.CENTRE_HEAD)));
    }

    @Test
    void nobody_is_assigned_before_the_social_worker_asks_for_an_assistant() {
        cases.fixture.given(with(intake(), consent()))
                .when(step(HEAD, new AssignAssistant(ASSISTANT.userId(), ASSISTANT.displayName(), TODAY)))
                .expectException(refusedWith("case.assistant-not-requested"));
    }

    @Test
    void nobody_is_assigned_without_consent_or_court_order() {
        cases.fixture.given(with(intake(),
                new pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantRequested(CASE,
                        "Wniosek", as(SOCIAL_WORKER, Role.SOCIAL_WORKER))))
                .when(step(HEAD, new AssignAssistant(ASSISTANT.userId(), ASSISTANT.displayName(), TODAY)))
                .expectException(refusedWith("case.legal-basis-missing"));
    }

    @Test
    void a_family_with_an_assistant_is_not_assigned_again() {
        cases.fixture.given(active())
                .when(step(HEAD, new AssignAssistant(OTHER_ASSISTANT.userId(), OTHER_ASSISTANT.displayName(), TODAY)))
                .expectException(refusedWith("case.already-assigned"));
    }

    @Test
    void an_assignment_cannot_be_dated_in_the_future() {
        cases.fixture.given(requestedWithConsent())
                .when(step(HEAD, new AssignAssistant(ASSISTANT.userId(), ASSISTANT.displayName(), TODAY.plusDays(1))))
                .expectException(refusedWith("case.date-in-future"));
    }

    @Test
    void only_the_head_of_the_centre_assigns() {
        cases.fixture.given(requestedWithConsent())
                .when(step(SOCIAL_WORKER, new AssignAssistant(ASSISTANT.userId(), ASSISTANT.displayName(), TODAY)))
                .expectException(refusedWith("case.role-not-allowed"));
    }

    @Test
    void the_head_of_another_centre_cannot_assign() {
        cases.fixture.given(requestedWithConsent())
                .when(step(HEAD_OF_ANOTHER_CENTRE, new AssignAssistant(ASSISTANT.userId(), ASSISTANT.displayName(),
                        TODAY)))
                .expectException(refusedWith("case.role-not-allowed"));
    }

    @Test
    void reassignment_moves_the_family_to_the_new_assistants_caseload() {
        cases.assistantWorksWithTheFamily();
        cases.fixture.given(active())
                .when(step(HEAD, new ReassignAssistant(OTHER_ASSISTANT.userId(), OTHER_ASSISTANT.displayName(),
                        "Długotrwała nieobecność", TODAY)))
                .expectEvents(new AssistantReassigned(CASE, ASSISTANT.userId(), OTHER_ASSISTANT.userId(),
                        OTHER_ASSISTANT.displayName(), TODAY, "Długotrwała nieobecność", as(HEAD, Role.CENTRE_HEAD)));
        assertThat(cases.worksWithTheFamily(ASSISTANT)).isFalse();
        assertThat(cases.worksWithTheFamily(OTHER_ASSISTANT)).isTrue();
    }

    @Test
    void a_family_is_not_handed_to_an_assistant_with_fifteen_families() {
        cases.assistantWorksWithTheFamily();
        cases.assistantAlreadyWorksWith(OTHER_ASSISTANT, 15);
        cases.fixture.given(active())
                .when(step(HEAD, new ReassignAssistant(OTHER_ASSISTANT.userId(), OTHER_ASSISTANT.displayName(),
                        "Zmiana rejonu", TODAY)))
                .expectException(refusedWith("case.caseload-full"));
        assertThat(cases.worksWithTheFamily(ASSISTANT)).isTrue();
        assertThat(cases.familiesOf(OTHER_ASSISTANT)).isEqualTo(15);
    }

    @Test
    void only_a_case_with_an_assistant_is_reassigned() {
        cases.fixture.given(requestedWithConsent())
                .when(step(HEAD, new ReassignAssistant(OTHER_ASSISTANT.userId(), OTHER_ASSISTANT.displayName(),
                        "Zmiana", TODAY)))
                .expectException(refusedWith("case.not-active"));
    }

    @Test
    void a_case_is_not_reassigned_to_its_own_assistant() {
        cases.fixture.given(active())
                .when(step(HEAD, new ReassignAssistant(ASSISTANT.userId(), ASSISTANT.displayName(), "Zmiana", TODAY)))
                .expectException(refusedWith("case.same-assistant"));
    }

    @Test
    void a_reassignment_gives_its_reason() {
        cases.fixture.given(active())
                .when(step(HEAD, new ReassignAssistant(OTHER_ASSISTANT.userId(), OTHER_ASSISTANT.displayName(), " ",
                        TODAY)))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void a_reassignment_cannot_be_dated_in_the_future() {
        cases.fixture.given(active())
                .when(step(HEAD, new ReassignAssistant(OTHER_ASSISTANT.userId(), OTHER_ASSISTANT.displayName(),
                        "Zmiana", TODAY.plusDays(2))))
                .expectException(refusedWith("case.date-in-future"));
    }

    @Test
    void only_the_head_reassigns() {
        cases.fixture.given(active())
                .when(step(ASSISTANT, new ReassignAssistant(OTHER_ASSISTANT.userId(), OTHER_ASSISTANT.displayName(),
                        "Zmiana", TODAY)))
                .expectException(refusedWith("case.role-not-allowed"));
    }
}
