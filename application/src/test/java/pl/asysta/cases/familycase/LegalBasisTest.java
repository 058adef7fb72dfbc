package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.FamilyCaseFixture.*;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentWithdrawn;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CourtOrderRecorded;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordConsent;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordCourtOrder;
import pl.asysta.cases.familycase.domain.IntakeStep.WithdrawConsent;
import pl.asysta.shared.Role;

/** Work needs a legal basis: the family's consent (uwr art. 8 ust. 3) or a court order (KRO art. 109). */
class LegalBasisTest {

    final FamilyCaseFixture cases = new FamilyCaseFixture();

    @Test
    void the_social_worker_records_the_familys_consent() {
        cases.fixture.given(intake())
                .when(step(SOCIAL_WORKER, new RecordConsent("Joanna Nowak", TODAY, "ZG/1/2026")))
                .expectEvents(new ConsentRecorded(CASE, "Joanna Nowak", TODAY, "ZG/1/2026",
                        as(SOCIAL_WORKER, Role.SOCIAL_WORKER)));
    }

    @Test
    void the_assigned_assistant_records_a_renewed_consent() {
        cases.fixture.given(courtOrderedAndActive())
                .when(step(ASSISTANT, new RecordConsent("Joanna Nowak", TODAY, "ZG/2/2026")))
                .expectEvents(new ConsentRecorded(CASE, "Joanna Nowak", TODAY, "ZG/2/2026",
                        as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void an_assistant_who_does_not_work_with_the_family_cannot_record_its_consent() {
        cases.fixture.given(intake())
                .when(step(OTHER_ASSISTANT, new RecordConsent("Joanna Nowak", TODAY, "ZG/1/2026")))
                .expectException(refusedWith("case.role-not-allowed"));
    }

    @Test
    void consent_in_force_is_not_recorded_twice() {
        cases.fixture.given(requestedWithConsent())
                .when(step(SOCIAL_WORKER, new RecordConsent("Joanna Nowak", TODAY, "ZG/9/2026")))
                .expectException(refusedWith("case.consent-already-given"));
    }

    @Test
    void consent_names_who_consented_and_the_document() {
        cases.fixture.given(intake())
                .when(step(SOCIAL_WORKER, new RecordConsent("Joanna Nowak", TODAY, " ")))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void consent_cannot_be_dated_in_the_future() {
        cases.fixture.given(intake())
                .when(step(SOCIAL_WORKER, new RecordConsent("Joanna Nowak", TODAY.plusDays(3), "ZG/1")))
                .expectException(refusedWith("case.date-in-future"));
    }

    @Test
    void no_consent_is_recorded_on_a_closed_case() {
        cases.fixture.given(inMonitoring())
                .when(step(SOCIAL_WORKER, new RecordConsent("Joanna Nowak", TODAY, "ZG/1")))
                .expectException(refusedWith("case.closed"));
    }

    @Test
    void withdrawn_consent_without_court_order_closes_the_case() {
        cases.assistantWorksWithTheFamily();
        cases.fixture.given(active())
                .when(step(ASSISTANT, new WithdrawConsent(TODAY, "Rodzina rezygnuje ze wsparcia.", 3)))
                .expectEvents(
                        new ConsentWithdrawn(CASE, TODAY, "Rodzina rezygnuje ze wsparcia.", as(ASSISTANT,
                                Role.FAMILY_ASSISTANT)),
                        new CaseClosed(CASE, ClosureReason.CONSENT_WITHDRAWN, "Rodzina rezygnuje ze wsparcia.", TODAY,
                                TODAY.plusMonths(3), as(ASSISTANT, Role.FAMILY_ASSISTANT)));
        assertThat(cases.worksWithTheFamily(ASSISTANT)).isFalse();
    }

    @Test
    void withdrawn_consent_with_a_court_order_leaves_the_assistant_working() {
        cases.assistantWorksWithTheFamily();
        cases.fixture.given(with(active(), courtOrder()))
                .when(step(SOCIAL_WORKER, new WithdrawConsent(TODAY, "Matka cofa zgodę.", 3)))
                .expectEvents(new ConsentWithdrawn(CASE, TODAY, "Matka cofa zgodę.", as(SOCIAL_WORKER,
                        Role.SOCIAL_WORKER)));
        assertThat(cases.worksWithTheFamily(ASSISTANT)).isTrue();
    }

    @Test
    void consent_withdrawn_before_any_assignment_closes_the_request() {
        cases.fixture.given(requestedWithConsent())
                .when(step(SOCIAL_WORKER, new WithdrawConsent(TODAY, "", 1)))
                .expectEvents(new ConsentWithdrawn(CASE, TODAY, "", as(SOCIAL_WORKER, Role.SOCIAL_WORKER)),
                        new CaseClosed(CASE, ClosureReason.CONSENT_WITHDRAWN, "", TODAY, TODAY.plusMonths(1),
                                as(SOCIAL_WORKER, Role.SOCIAL_WORKER)));
    }

    @Test
    void consent_that_was_never_given_cannot_be_withdrawn() {
        cases.fixture.given(intake())
                .when(step(SOCIAL_WORKER, new WithdrawConsent(TODAY, "", 3)))
                .expectException(refusedWith("case.no-consent-to-withdraw"));
    }

    @Test
    void a_withdrawal_that_closes_the_case_needs_one_to_twelve_months_of_monitoring() {
        cases.assistantWorksWithTheFamily();
        cases.fixture.given(active())
                .when(step(ASSISTANT, new WithdrawConsent(TODAY, "", 13)))
                .expectException(refusedWith("case.monitoring-length"));
        assertThat(cases.worksWithTheFamily(ASSISTANT)).isTrue();
    }

    @Test
    void a_withdrawal_cannot_be_dated_in_the_future() {
        cases.fixture.given(active())
                .when(step(ASSISTANT, new WithdrawConsent(TODAY.plusDays(1), "", 3)))
                .expectException(refusedWith("case.date-in-future"));
    }

    @Test
    void the_school_cannot_withdraw_the_familys_consent() {
        cases.fixture.given(active())
                .when(step(SCHOOL, new WithdrawConsent(TODAY, "", 3)))
                .expectException(refusedWith("case.role-not-allowed"));
    }

    @Test
    void the_social_worker_records_a_court_order() {
        cases.fixture.given(intake())
                .when(step(SOCIAL_WORKER, new RecordCourtOrder("Sąd Rejonowy w Przykładowie", "III Nsm 45/26",
                        TODAY.minusDays(30))))
                .expectEvents(courtOrder());
    }

    @Test
    void the_head_records_a_court_order() {
        cases.fixture.given(intake())
                .when(step(HEAD, new RecordCourtOrder("Sąd Rejonowy", "III Nsm 1/26", TODAY)))
                .expectEvents(new CourtOrderRecorded(CASE, "Sąd Rejonowy", "III Nsm 1/26", TODAY,
                        as(HEAD, Role.CENTRE_HEAD)));
    }

    @Test
    void a_court_order_names_the_court_and_the_file_reference() {
        cases.fixture.given(intake())
                .when(step(SOCIAL_WORKER, new RecordCourtOrder("Sąd Rejonowy", "", TODAY)))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void a_court_order_cannot_be_dated_in_the_future() {
        cases.fixture.given(intake())
                .when(step(SOCIAL_WORKER, new RecordCourtOrder("Sąd Rejonowy", "III Nsm 1/26", TODAY.plusDays(1))))
                .expectException(refusedWith("case.date-in-future"));
    }

    @Test
    void no_court_order_is_recorded_on_a_closed_case() {
        cases.fixture.given(inMonitoring())
                .when(step(SOCIAL_WORKER, new RecordCourtOrder("Sąd Rejonowy", "III Nsm 1/26", TODAY)))
                .expectException(refusedWith("case.closed"));
    }

    @Test
    void staff_of_another_centre_cannot_record_a_court_order() {
        cases.fixture.given(intake())
                .when(step(HEAD_OF_ANOTHER_CENTRE, new RecordCourtOrder("Sąd Rejonowy", "III Nsm 1/26", TODAY)))
                .expectException(refusedWith("case.role-not-allowed"));
    }

    private static java.util.List<pl.asysta.cases.familycase.domain.FamilyCaseEvent> courtOrderedAndActive() {
        return with(intake(), courtOrder(), assigned());
    }
}
