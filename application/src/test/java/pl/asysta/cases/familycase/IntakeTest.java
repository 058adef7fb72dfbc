package pl.asysta.cases.familycase;

import static pl.asysta.cases.familycase.FamilyCaseFixture.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.FamilyCaseCommand.RegisterFamily;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantRequested;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.EnvironmentalInterviewRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordInterview;
import pl.asysta.cases.familycase.domain.IntakeStep.RequestAssistant;
import pl.asysta.shared.Role;

/** Intake (uwr art. 11): a social worker registers the family, interviews it and requests an assistant. */
class IntakeTest {

    final FamilyCaseFixture cases = new FamilyCaseFixture();

    @Test
    void a_social_worker_registers_a_family_of_their_centre() {
        cases.fixture.givenNoPriorActivity()
                .when(new RegisterFamily(CASE, " Nowak ", List.of(MOTHER, SON), ADDRESS, CONTACT, SOCIAL_WORKER, TODAY))
                .expectEvents(new FamilyRegistered(CASE, CENTRE, "Nowak", List.of(MOTHER, SON), ADDRESS, CONTACT,
                        as(SOCIAL_WORKER, Role.SOCIAL_WORKER)));
    }

    @Test
    void only_a_social_worker_registers_a_family() {
        cases.fixture.givenNoPriorActivity()
                .when(new RegisterFamily(CASE, "Nowak", List.of(MOTHER), ADDRESS, CONTACT, ASSISTANT, TODAY))
                .expectException(refusedWith("case.role-not-allowed"));
    }

    @Test
    void a_family_needs_a_name() {
        cases.fixture.givenNoPriorActivity()
                .when(new RegisterFamily(CASE, " ", List.of(MOTHER), ADDRESS, CONTACT, SOCIAL_WORKER, TODAY))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void a_family_needs_at_least_one_member() {
        cases.fixture.givenNoPriorActivity()
                .when(new RegisterFamily(CASE, "Nowak", List.of(), ADDRESS, CONTACT, SOCIAL_WORKER, TODAY))
                .expectException(refusedWith("case.members-missing"));
    }

    @Test
    void every_member_needs_a_first_and_last_name() {
        FamilyMember nameless = new FamilyMember("m-x", "", "Nowak", FamilyMember.Kinship.CHILD, null);
        cases.fixture.givenNoPriorActivity()
                .when(new RegisterFamily(CASE, "Nowak", List.of(nameless), ADDRESS, CONTACT, SOCIAL_WORKER, TODAY))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void the_social_worker_records_the_environmental_interview() {
        cases.fixture.given(registered())
                .when(step(SOCIAL_WORKER, new RecordInterview(TODAY.minusDays(1), "Mieszkanie zadbane, brak środków.",
                        List.of("ubóstwo"))))
                .expectEvents(new EnvironmentalInterviewRecorded(CASE, TODAY.minusDays(1),
                        "Mieszkanie zadbane, brak środków.", List.of("ubóstwo"), as(SOCIAL_WORKER,
                                Role.SOCIAL_WORKER)));
    }

    @Test
    void nobody_records_an_interview_that_has_not_happened_yet() {
        cases.fixture.given(registered())
                .when(step(SOCIAL_WORKER, new RecordInterview(TODAY.plusDays(1), "Ustalenia", List.of())))
                .expectException(refusedWith("case.date-in-future"));
    }

    @Test
    void an_interview_needs_its_date() {
        cases.fixture.given(registered())
                .when(step(SOCIAL_WORKER, new RecordInterview(null, "Ustalenia", List.of())))
                .expectException(refusedWith("case.date-missing"));
    }

    @Test
    void an_interview_needs_its_findings() {
        cases.fixture.given(registered())
                .when(step(SOCIAL_WORKER, new RecordInterview(TODAY, " ", List.of())))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void staff_of_another_centre_cannot_record_an_interview() {
        cases.fixture.given(registered())
                .when(step(HEAD_OF_ANOTHER_CENTRE, new RecordInterview(TODAY, "Ustalenia", List.of())))
                .expectException(refusedWith("case.role-not-allowed"));
    }

    @Test
    void no_interview_is_recorded_on_a_closed_case() {
        cases.fixture.given(inMonitoring())
                .when(step(SOCIAL_WORKER, new RecordInterview(TODAY, "Ustalenia", List.of())))
                .expectException(refusedWith("case.closed"));
    }

    @Test
    void the_social_worker_requests_an_assistant_with_a_justification() {
        cases.fixture.given(intake())
                .when(step(SOCIAL_WORKER, new RequestAssistant("Trudności opiekuńczo-wychowawcze.")))
                .expectEvents(new AssistantRequested(CASE, "Trudności opiekuńczo-wychowawcze.",
                        as(SOCIAL_WORKER, Role.SOCIAL_WORKER)));
    }

    @Test
    void a_request_needs_a_justification() {
        cases.fixture.given(intake())
                .when(step(SOCIAL_WORKER, new RequestAssistant("")))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void an_assistant_is_requested_only_once() {
        cases.fixture.given(requestedWithConsent())
                .when(step(SOCIAL_WORKER, new RequestAssistant("Jeszcze raz")))
                .expectException(refusedWith("case.assistant-already-requested"));
    }

    @Test
    void no_assistant_is_requested_for_a_family_that_already_has_one() {
        cases.fixture.given(active())
                .when(step(SOCIAL_WORKER, new RequestAssistant("Drugi asystent")))
                .expectException(refusedWith("case.not-in-intake"));
    }

    @Test
    void only_the_social_worker_requests_an_assistant() {
        cases.fixture.given(intake())
                .when(step(HEAD, new RequestAssistant("Wniosek")))
                .expectException(refusedWith("case.role-not-allowed"));
    }
}
