package pl.asysta.cases.court;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.court.CourtOpinionFixture.*;
import static pl.asysta.cases.familycase.FamilyCaseFixture.refusedWith;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import pl.asysta.cases.court.CourtOpinionCommand.ApproveOpinion;
import pl.asysta.cases.court.CourtOpinionCommand.RecordCourtDecision;
import pl.asysta.cases.court.CourtOpinionCommand.RequestOpinion;
import pl.asysta.cases.court.CourtOpinionCommand.ReturnOpinion;
import pl.asysta.cases.court.CourtOpinionCommand.SaveOpinionDraft;
import pl.asysta.cases.court.CourtOpinionCommand.SubmitOpinion;
import pl.asysta.cases.court.CourtOpinionCommand.WithdrawOpinionRequest;
import pl.asysta.cases.court.domain.CourtDecisionId;
import pl.asysta.cases.court.domain.CourtDecisionKind;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.CourtDecisionRecorded;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionDelivered;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionDraftSaved;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionRequestWithdrawn;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionRequested;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionReturned;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionSubmitted;
import pl.asysta.cases.court.domain.CourtReference;
import pl.asysta.cases.court.domain.DeliverableOpinion;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.shared.Role;

/**
 * The court asks for an opinion on a family (uwr art. 15 ust. 1 pkt 17), the assistant drafts and submits it, the
 * head returns or approves it, and approval delivers it; the court withdraws requests and records decisions.
 * Every command, and every refusal of it.
 */
class CourtOpinionRequestTest {

    final CourtOpinionFixture opinions = new CourtOpinionFixture();

    @Nested
    class TheCourtAsks {

        @Test
        void court_staff_ask_with_the_proceedings_reference_questions_and_a_deadline() {
            opinions.fixture.givenNoPriorActivity()
                    .when(new RequestOpinion(REQUEST, CASE, "  III   Nsm 45/26 ", QUESTIONS, DEADLINE, CLERK, TODAY))
                    .expectEvents(new OpinionRequested(REQUEST, CASE, COURT, REFERENCE, QUESTIONS, DEADLINE, TODAY,
                            as(CLERK, Role.COURT_STAFF)));
        }

        @Test
        void a_deadline_in_the_past_or_today_is_refused() {
            for (var deadline : List.of(TODAY.minusDays(1), TODAY)) {
                new CourtOpinionFixture().fixture.givenNoPriorActivity()
                        .when(new RequestOpinion(REQUEST, CASE, "III Nsm 45/26", QUESTIONS, deadline, CLERK, TODAY))
                        .expectException(refusedWith("opinion.deadline-not-in-future"));
            }
        }

        @Test
        void a_reference_that_is_not_a_court_file_reference_is_refused() {
            opinions.fixture.givenNoPriorActivity()
                    .when(new RequestOpinion(REQUEST, CASE, "sprawa Nowaków", QUESTIONS, DEADLINE, CLERK, TODAY))
                    .expectException(refusedWith("court.reference-invalid"));
        }

        @Test
        void a_request_without_questions_is_refused() {
            opinions.fixture.givenNoPriorActivity()
                    .when(new RequestOpinion(REQUEST, CASE, "III Nsm 45/26", " ", DEADLINE, CLERK, TODAY))
                    .expectException(refusedWith("opinion.questions-missing"));
        }

        @Test
        void only_court_staff_ask_for_an_opinion() {
            opinions.fixture.givenNoPriorActivity()
                    .when(new RequestOpinion(REQUEST, CASE, "III Nsm 45/26", QUESTIONS, DEADLINE, HEAD, TODAY))
                    .expectException(refusedWith("court.staff-only"));
        }

        @Test
        void a_case_that_does_not_exist_cannot_be_asked_about() {
            opinions.caseExists = false;
            opinions.fixture.givenNoPriorActivity()
                    .when(new RequestOpinion(REQUEST, CASE, "III Nsm 45/26", QUESTIONS, DEADLINE, CLERK, TODAY))
                    .expectException(refusedWith("case.not-found"));
        }
    }

    @Nested
    class TheAssistantDrafts {

        @Test
        void the_assistant_of_the_family_saves_a_half_written_draft() {
            opinions.fixture.given(requested())
                    .when(new SaveOpinionDraft(REQUEST, DRAFT, ASSISTANT))
                    .expectEvents(new OpinionDraftSaved(REQUEST, CASE, DRAFT, as(ASSISTANT, Role.FAMILY_ASSISTANT)));
        }

        @Test
        void an_empty_draft_is_not_saved() {
            opinions.fixture.given(requested())
                    .when(new SaveOpinionDraft(REQUEST, new OpinionText(" ", null, "", "", ""), ASSISTANT))
                    .expectException(refusedWith("opinion.draft-empty"));
        }

        @Test
        void another_assistant_the_social_worker_and_the_head_do_not_draft_while_an_assistant_works_with_the_family() {
            for (var outsider : List.of(OTHER_ASSISTANT, SOCIAL_WORKER, HEAD, CLERK)) {
                new CourtOpinionFixture().fixture.given(requested())
                        .when(new SaveOpinionDraft(REQUEST, DRAFT, outsider))
                        .expectException(refusedWith("opinion.not-drafter"));
            }
        }

        @Test
        void while_no_assistant_works_with_the_family_the_head_of_its_centre_drafts() {
            opinions.assistantOfTheCase = null;
            opinions.fixture.given(requested())
                    .when(new SaveOpinionDraft(REQUEST, DRAFT, HEAD))
                    .expectEvents(new OpinionDraftSaved(REQUEST, CASE, DRAFT, as(HEAD, Role.CENTRE_HEAD)));
        }

        @Test
        void the_head_of_another_centre_never_drafts() {
            opinions.assistantOfTheCase = null;
            opinions.fixture.given(requested())
                    .when(new SaveOpinionDraft(REQUEST, DRAFT, HEAD_OF_ANOTHER_CENTRE))
                    .expectException(refusedWith("opinion.not-drafter"));
        }

        @Test
        void a_submitted_opinion_is_not_changed_while_it_waits_for_approval() {
            opinions.fixture.given(submitted())
                    .when(new SaveOpinionDraft(REQUEST, DRAFT, ASSISTANT))
                    .expectException(refusedWith("opinion.awaiting-approval"));
        }
    }

    @Nested
    class TheAssistantSubmits {

        @Test
        void a_complete_opinion_is_submitted_with_the_position_of_the_case_file_it_was_written_against() {
            opinions.fixture.given(drafting())
                    .when(new SubmitOpinion(REQUEST, COMPLETE, ASSISTANT))
                    .expectEvents(new OpinionSubmitted(REQUEST, CASE, COMPLETE, POSITION.position(), POSITION.asOf(),
                            as(ASSISTANT, Role.FAMILY_ASSISTANT)));
        }

        @Test
        void an_empty_draft_is_not_submitted() {
            opinions.fixture.given(requested())
                    .when(new SubmitOpinion(REQUEST, OpinionText.EMPTY, ASSISTANT))
                    .expectException(refusedWith("opinion.draft-empty"));
        }

        @Test
        void an_opinion_with_a_section_left_empty_is_not_submitted() {
            opinions.fixture.given(drafting())
                    .when(new SubmitOpinion(REQUEST, DRAFT, ASSISTANT))
                    .expectException(refusedWith("opinion.sections-incomplete"));
        }

        @Test
        void only_the_drafter_submits() {
            opinions.fixture.given(drafting())
                    .when(new SubmitOpinion(REQUEST, COMPLETE, OTHER_ASSISTANT))
                    .expectException(refusedWith("opinion.not-drafter"));
        }

        @Test
        void a_delivered_opinion_is_not_submitted_again() {
            opinions.fixture.given(delivered())
                    .when(new SubmitOpinion(REQUEST, COMPLETE, ASSISTANT))
                    .expectException(refusedWith("opinion.already-delivered"));
        }

        @Test
        void a_returned_opinion_is_reworked_and_submitted_again() {
            opinions.fixture.given(returned())
                    .when(new SubmitOpinion(REQUEST, COMPLETE, ASSISTANT))
                    .expectEvents(new OpinionSubmitted(REQUEST, CASE, COMPLETE, POSITION.position(), POSITION.asOf(),
                            as(ASSISTANT, Role.FAMILY_ASSISTANT)));
        }
    }

    @Nested
    class TheHeadReviews {

        @Test
        void the_head_returns_the_opinion_with_comments() {
            opinions.fixture.given(submitted())
                    .when(new ReturnOpinion(REQUEST, " Proszę rozwinąć wnioski. ", HEAD))
                    .expectEvents(new OpinionReturned(REQUEST, CASE, "Proszę rozwinąć wnioski.",
                            as(HEAD, Role.CENTRE_HEAD)));
        }

        @Test
        void a_return_says_what_to_change() {
            opinions.fixture.given(submitted())
                    .when(new ReturnOpinion(REQUEST, "", HEAD))
                    .expectException(refusedWith("opinion.return-comments-missing"));
        }

        @Test
        void only_the_head_of_the_families_centre_returns_an_opinion() {
            for (var outsider : List.of(ASSISTANT, HEAD_OF_ANOTHER_CENTRE, CLERK)) {
                new CourtOpinionFixture().fixture.given(submitted())
                        .when(new ReturnOpinion(REQUEST, "Uwagi", outsider))
                        .expectException(refusedWith("opinion.head-approves"));
            }
        }

        @Test
        void an_opinion_still_being_drafted_is_not_returned() {
            opinions.fixture.given(drafting())
                    .when(new ReturnOpinion(REQUEST, "Uwagi", HEAD))
                    .expectException(refusedWith("opinion.not-submitted"));
        }

        @Test
        void approval_delivers_the_opinion_as_written_with_its_author_approver_time_and_provenance() {
            opinions.fixture.given(submitted())
                    .when(new ApproveOpinion(REQUEST, HEAD, DELIVERED_AT))
                    .expectEvents(new OpinionDelivered(REQUEST, CASE, DELIVERED_AT, SHA256, as(HEAD, Role.CENTRE_HEAD)));

            assertThat(opinions.delivered).singleElement().satisfies(opinion -> {
                assertThat(opinion).isEqualTo(new DeliverableOpinion(REQUEST, CASE, "Nowak", COURT, REFERENCE,
                        QUESTIONS, DEADLINE, TODAY.minusDays(10), COMPLETE, as(ASSISTANT, Role.FAMILY_ASSISTANT),
                        as(HEAD, Role.CENTRE_HEAD), DELIVERED_AT, POSITION));
            });
        }

        @Test
        void an_opinion_is_approved_once() {
            opinions.fixture.given(delivered())
                    .when(new ApproveOpinion(REQUEST, HEAD, DELIVERED_AT.plusSeconds(60)))
                    .expectException(refusedWith("opinion.already-delivered"));

            assertThat(opinions.delivered).as("no second document").isEmpty();
        }

        @Test
        void a_non_head_does_not_approve() {
            for (var outsider : List.of(ASSISTANT, SOCIAL_WORKER, HEAD_OF_ANOTHER_CENTRE, CLERK)) {
                CourtOpinionFixture fresh = new CourtOpinionFixture();
                fresh.fixture.given(submitted())
                        .when(new ApproveOpinion(REQUEST, outsider, DELIVERED_AT))
                        .expectException(refusedWith("opinion.head-approves"));
                assertThat(fresh.delivered).isEmpty();
            }
        }

        @Test
        void a_draft_that_was_not_submitted_is_not_approved() {
            opinions.fixture.given(drafting())
                    .when(new ApproveOpinion(REQUEST, HEAD, DELIVERED_AT))
                    .expectException(refusedWith("opinion.not-submitted"));
        }

        @Test
        void a_withdrawn_request_is_not_approved() {
            opinions.fixture.given(with(submitted(), new OpinionRequestWithdrawn(REQUEST, CASE, "Postępowanie umorzone",
                            TODAY, as(CLERK, Role.COURT_STAFF))))
                    .when(new ApproveOpinion(REQUEST, HEAD, DELIVERED_AT))
                    .expectException(refusedWith("opinion.withdrawn"));
        }
    }

    @Nested
    class TheCourtLater {

        @Test
        void the_court_withdraws_a_request_it_no_longer_needs() {
            opinions.fixture.given(drafting())
                    .when(new WithdrawOpinionRequest(REQUEST, "Postępowanie umorzone", CLERK, TODAY))
                    .expectEvents(new OpinionRequestWithdrawn(REQUEST, CASE, "Postępowanie umorzone", TODAY,
                            as(CLERK, Role.COURT_STAFF)));
        }

        @Test
        void a_court_user_of_another_court_touches_nothing_of_this_request() {
            opinions.fixture.given(drafting())
                    .when(new WithdrawOpinionRequest(REQUEST, "Pomyłka", CLERK_OF_ANOTHER_COURT, TODAY))
                    .expectException(refusedWith("court.not-your-court"));
            new CourtOpinionFixture().fixture.given(drafting())
                    .when(new RecordCourtDecision(REQUEST, new CourtDecisionId("d-1"), CourtDecisionKind.OTHER, TODAY,
                            null, "Postanowienie", CLERK_OF_ANOTHER_COURT, TODAY))
                    .expectException(refusedWith("court.not-your-court"));
        }

        @Test
        void a_withdrawal_gives_a_reason_and_happens_once_and_never_after_delivery() {
            opinions.fixture.given(drafting())
                    .when(new WithdrawOpinionRequest(REQUEST, " ", CLERK, TODAY))
                    .expectException(refusedWith("opinion.withdrawal-reason-missing"));
            new CourtOpinionFixture().fixture.given(delivered())
                    .when(new WithdrawOpinionRequest(REQUEST, "Już niepotrzebna", CLERK, TODAY))
                    .expectException(refusedWith("opinion.already-delivered"));
            new CourtOpinionFixture().fixture.given(with(drafting(), new OpinionRequestWithdrawn(REQUEST, CASE,
                            "Umorzone", TODAY, as(CLERK, Role.COURT_STAFF))))
                    .when(new WithdrawOpinionRequest(REQUEST, "Umorzone", CLERK, TODAY))
                    .expectException(refusedWith("opinion.withdrawn"));
        }

        @Test
        void the_centre_does_not_withdraw_the_courts_request() {
            opinions.fixture.given(drafting())
                    .when(new WithdrawOpinionRequest(REQUEST, "Nie zdążymy", HEAD, TODAY))
                    .expectException(refusedWith("court.staff-only"));
        }

        @Test
        void the_court_records_a_decision_in_the_proceedings_it_asked_in() {
            CourtDecisionId decision = new CourtDecisionId("d-1");
            opinions.fixture.given(delivered())
                    .when(new RecordCourtDecision(REQUEST, decision, CourtDecisionKind.ORDER_TO_WORK_WITH_ASSISTANT,
                            TODAY, null, "Zobowiązano matkę do współpracy z asystentem rodziny.", CLERK, TODAY))
                    .expectEvents(new CourtDecisionRecorded(REQUEST, CASE, decision,
                            CourtDecisionKind.ORDER_TO_WORK_WITH_ASSISTANT, TODAY, REFERENCE,
                            "Zobowiązano matkę do współpracy z asystentem rodziny.", as(CLERK, Role.COURT_STAFF)));
        }

        @Test
        void a_decision_may_name_other_proceedings_of_the_usual_shape() {
            CourtDecisionId decision = new CourtDecisionId("d-2");
            opinions.fixture.given(requested())
                    .when(new RecordCourtDecision(REQUEST, decision, CourtDecisionKind.FOSTER_CARE_PLACEMENT,
                            TODAY.minusDays(2), "iii RC 7/26", "Umieszczenie w rodzinie zastępczej.", CLERK, TODAY))
                    .expectEvents(new CourtDecisionRecorded(REQUEST, CASE, decision,
                            CourtDecisionKind.FOSTER_CARE_PLACEMENT, TODAY.minusDays(2), new CourtReference("III RC 7/26"),
                            "Umieszczenie w rodzinie zastępczej.", as(CLERK, Role.COURT_STAFF)));
        }

        @Test
        void a_decision_has_a_kind_a_date_that_has_come_a_summary_and_a_proper_reference() {
            record Attempt(RecordCourtDecision command, String refusal) {
            }
            CourtDecisionId id = new CourtDecisionId("d-3");
            for (Attempt attempt : List.of(
                    new Attempt(new RecordCourtDecision(REQUEST, id, null, TODAY, null, "Treść", CLERK, TODAY),
                            "court.decision-kind-missing"),
                    new Attempt(new RecordCourtDecision(REQUEST, id, CourtDecisionKind.OTHER, TODAY.plusDays(1), null,
                            "Treść", CLERK, TODAY), "case.date-in-future"),
                    new Attempt(new RecordCourtDecision(REQUEST, id, CourtDecisionKind.OTHER, null, null, "Treść",
                            CLERK, TODAY), "case.date-missing"),
                    new Attempt(new RecordCourtDecision(REQUEST, id, CourtDecisionKind.OTHER, TODAY, null, " ", CLERK,
                            TODAY), "court.decision-summary-missing"),
                    new Attempt(new RecordCourtDecision(REQUEST, id, CourtDecisionKind.OTHER, TODAY, "123/26", "Treść",
                            CLERK, TODAY), "court.reference-invalid"),
                    new Attempt(new RecordCourtDecision(REQUEST, id, CourtDecisionKind.OTHER, TODAY, null, "Treść",
                            ASSISTANT, TODAY), "court.staff-only"))) {
                new CourtOpinionFixture().fixture.given(requested())
                        .when(attempt.command())
                        .expectException(refusedWith(attempt.refusal()));
            }
        }
    }

    @Test
    void every_kind_of_event_is_in_the_court_category() {
        for (CourtOpinionRequestEvent event : with(delivered(), new OpinionRequestWithdrawn(REQUEST, CASE, "x", TODAY,
                as(CLERK, Role.COURT_STAFF)))) {
            assertThat(event.category()).isEqualTo(pl.asysta.shared.DataCategory.COURT);
        }
    }
}
