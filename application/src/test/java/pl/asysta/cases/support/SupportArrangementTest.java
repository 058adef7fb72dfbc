package pl.asysta.cases.support;

import static pl.asysta.cases.familycase.FamilyCaseFixture.refusedWith;
import static pl.asysta.cases.support.SupportArrangementFixture.*;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.support.SupportArrangementCommand.ApproveReimbursement;
import pl.asysta.cases.support.SupportArrangementCommand.ClaimReimbursement;
import pl.asysta.cases.support.SupportArrangementCommand.CorrectReimbursement;
import pl.asysta.cases.support.SupportArrangementCommand.EndSupportArrangement;
import pl.asysta.cases.support.SupportArrangementCommand.LogHelp;
import pl.asysta.cases.support.SupportArrangementCommand.RejectReimbursement;
import pl.asysta.cases.support.domain.ClaimId;
import pl.asysta.cases.support.domain.ClaimLine;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.Receipt;
import pl.asysta.cases.support.domain.ReimbursementTerms;
import pl.asysta.cases.support.domain.SupportArrangementEvent.HelpLogged;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementApproved;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementClaimed;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementCorrectionClaimed;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementRejected;
import pl.asysta.cases.support.domain.SupportArrangementEvent.SupportArrangementEnded;
import pl.asysta.cases.support.domain.SupportArrangementEvent.SupportArrangementRecorded;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;

/**
 * The supporting family (uwr art. 29-31): the head of the family's centre records the agreement with a household
 * and may end it; the household logs its help and claims its costs month by month within the agreement's terms;
 * the head approves or rejects each claim; an approved month is changed only by a correction.
 */
class SupportArrangementTest {

    final SupportArrangementFixture support = new SupportArrangementFixture();

    @Nested
    class TheAgreement {

        @Test
        void the_head_of_the_familys_centre_records_the_agreement_with_a_supporting_family() {
            support.fixture.givenNoPriorActivity()
                    .when(record(HEAD))
                    .expectEvents(new SupportArrangementRecorded(ARRANGEMENT, CASE, CENTRE, HOUSEHOLD,
                            "Rodzina wspierająca Nowakowie", AGREEMENT, STARTS, ENDS, TERMS, TODAY,
                            as(HEAD, Role.CENTRE_HEAD)));
        }

        @Test
        void amounts_of_the_terms_are_kept_to_the_grosz() {
            ReimbursementTerms typed = new ReimbursementTerms(Set.of(CostKind.TRAVEL), new BigDecimal("250"));
            support.fixture.givenNoPriorActivity()
                    .when(record(HOUSEHOLD, InstitutionKind.SUPPORTING_FAMILY, typed, HEAD))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                    org.axonframework.test.matchers.Matchers.predicate(event ->
                                            ((SupportArrangementRecorded) event).terms().monthlyLimit()
                                                    .toPlainString().equals("250.00")))));
        }

        @Test
        void nobody_but_the_head_of_the_familys_centre_records_one() {
            for (var actor : List.of(ASSISTANT, SOCIAL_WORKER, HEAD_OF_ANOTHER_CENTRE, BARBARA)) {
                support.fixture.givenNoPriorActivity()
                        .when(record(actor))
                        .expectException(refusedWith("case.role-not-allowed"))
                        .expectNoEvents();
            }
        }

        @Test
        void a_family_no_assistant_works_with_gets_no_supporting_family() {
            support.caseIs(CaseStatus.INTAKE);
            support.fixture.givenNoPriorActivity()
                    .when(record(HEAD))
                    .expectException(refusedWith("case.not-active"));
        }

        @Test
        void an_arrangement_for_a_case_that_does_not_exist_is_refused() {
            support.noSuchCase();
            support.fixture.givenNoPriorActivity()
                    .when(record(HEAD))
                    .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
        }

        @Test
        void only_a_supporting_family_household_can_be_named() {
            support.fixture.givenNoPriorActivity()
                    .when(record(HOUSEHOLD, InstitutionKind.SCHOOL, TERMS, HEAD))
                    .expectException(refusedWith("supporting.not-a-supporting-family"));
        }

        @Test
        void a_household_supports_a_family_under_one_arrangement() {
            support.fixture.given(recorded())
                    .when(record(HEAD))
                    .expectException(refusedWith("supporting.arrangement-exists"));
        }

        @Test
        void an_agreement_names_its_reference_a_forward_period_its_costs_and_a_positive_limit() {
            var base = record(HEAD);
            refuses(new SupportArrangementCommand.RecordSupportArrangement(ARRANGEMENT, CASE, HOUSEHOLD,
                    InstitutionKind.SUPPORTING_FAMILY, "Nowakowie", " ", STARTS, ENDS, TERMS, HEAD, TODAY),
                    "case.field-required");
            refuses(new SupportArrangementCommand.RecordSupportArrangement(ARRANGEMENT, CASE, HOUSEHOLD,
                    InstitutionKind.SUPPORTING_FAMILY, "Nowakowie", AGREEMENT, ENDS, STARTS, TERMS, HEAD, TODAY),
                    "supporting.period-backwards");
            refuses(withTerms(base, new ReimbursementTerms(Set.of(), new BigDecimal("300"))),
                    "supporting.cost-kinds-missing");
            refuses(withTerms(base, new ReimbursementTerms(Set.of(CostKind.MEALS), BigDecimal.ZERO)),
                    "supporting.limit-invalid");
            refuses(withTerms(base, new ReimbursementTerms(Set.of(CostKind.MEALS), new BigDecimal("300.005"))),
                    "supporting.amount-grosze");
        }

        @Test
        void the_head_ends_the_agreement_early_and_help_after_that_day_is_refused() {
            support.fixture.given(recorded())
                    .when(new EndSupportArrangement(ARRANGEMENT, TODAY.minusDays(2), "Rodzina wspierająca "
                            + "zrezygnowała", HEAD, TODAY))
                    .expectEvents(new SupportArrangementEnded(ARRANGEMENT, CASE, TODAY.minusDays(2),
                            "Rodzina wspierająca zrezygnowała", as(HEAD, Role.CENTRE_HEAD)));
            support.fixture.given(history(ended(TODAY.minusDays(2))))
                    .when(logHelp(TODAY.minusDays(1), 60, BARBARA))
                    .expectException(refusedWith("supporting.outside-arrangement"));
        }

        @Test
        void an_end_is_dated_within_the_agreement_not_in_the_future_with_a_reason_and_only_once() {
            refusesOn(history(), new EndSupportArrangement(ARRANGEMENT, TODAY.plusDays(1), "Koniec", HEAD, TODAY),
                    "case.date-in-future");
            refusesOn(history(), new EndSupportArrangement(ARRANGEMENT, STARTS.minusDays(1), "Koniec", HEAD, TODAY),
                    "supporting.outside-arrangement");
            refusesOn(history(), new EndSupportArrangement(ARRANGEMENT, TODAY, "", HEAD, TODAY),
                    "case.field-required");
            refusesOn(history(ended(TODAY.minusDays(1))),
                    new EndSupportArrangement(ARRANGEMENT, TODAY, "Jeszcze raz", HEAD, TODAY),
                    "supporting.arrangement-ended");
            refusesOn(history(), new EndSupportArrangement(ARRANGEMENT, TODAY, "Koniec", BARBARA, TODAY),
                    "case.role-not-allowed");
            refusesOn(history(), new EndSupportArrangement(ARRANGEMENT, TODAY, "Koniec", ASSISTANT, TODAY),
                    "case.role-not-allowed");
        }
    }

    @Nested
    class TheHelpLog {

        @Test
        void the_household_logs_the_help_it_gave() {
            LogHelp help = logHelp(TODAY.minusDays(1), 150, BARBARA);
            support.fixture.given(recorded())
                    .when(help)
                    .expectEvents(new HelpLogged(ARRANGEMENT, CASE, help.entryId(), TODAY.minusDays(1), 150,
                            HelpKind.HOMEWORK, "Odrabianie lekcji z Filipem", as(BARBARA, Role.SUPPORTING_FAMILY)));
        }

        @Test
        void another_supporting_family_writing_for_this_family_is_told_there_is_no_such_arrangement() {
            refusesOn(history(), logHelp(TODAY, 60, OTHER_FAMILY), "supporting.arrangement-not-found");
        }

        @Test
        void staff_of_the_centre_do_not_write_the_households_log() {
            refusesOn(history(), logHelp(TODAY, 60, HEAD), "supporting.arrangement-not-found");
            refusesOn(history(), logHelp(TODAY, 60, ASSISTANT), "supporting.arrangement-not-found");
        }

        @Test
        void help_is_logged_for_a_day_that_has_come_within_the_agreement() {
            refusesOn(history(), logHelp(TODAY.plusDays(1), 60, BARBARA), "case.date-in-future");
            refusesOn(history(), logHelp(STARTS.minusDays(1), 60, BARBARA), "supporting.outside-arrangement");
        }

        @Test
        void help_takes_some_time_and_a_day_holds_at_most_twenty_four_hours() {
            refusesOn(history(), logHelp(TODAY, 0, BARBARA), "supporting.hours-invalid");
            refusesOn(history(helped(TODAY, 20 * 60)), logHelp(TODAY, 5 * 60, BARBARA),
                    "supporting.day-over-24-hours");
            support.fixture.given(history(helped(TODAY, 20 * 60)))
                    .when(logHelp(TODAY, 4 * 60, BARBARA))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void an_entry_says_what_was_done() {
            refusesOn(history(), new LogHelp(ARRANGEMENT, "h", TODAY, 60, null, "Opieka", BARBARA, TODAY),
                    "supporting.help-kind-missing");
            refusesOn(history(), new LogHelp(ARRANGEMENT, "h", TODAY, 60, HelpKind.OTHER, " ", BARBARA, TODAY),
                    "case.field-required");
        }

        @Test
        void help_on_an_arrangement_that_does_not_exist_is_refused() {
            support.fixture.givenNoPriorActivity()
                    .when(logHelp(TODAY, 60, BARBARA))
                    .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
        }
    }

    @Nested
    class Claims {

        @Test
        void the_household_claims_a_months_costs_with_its_receipts() {
            support.fixture.given(recorded())
                    .when(claim(FEBRUARY, BARBARA, line(CostKind.TRAVEL, "84.6"), line(CostKind.MEALS, "120")))
                    .expectEvents(new ReimbursementClaimed(ARRANGEMENT, CASE, NEW_CLAIM, FEBRUARY,
                            List.of(line(CostKind.TRAVEL, "84.60"), line(CostKind.MEALS, "120.00")),
                            new BigDecimal("204.60"), List.of(TICKET), "Dojazdy i obiady", TODAY,
                            as(BARBARA, Role.SUPPORTING_FAMILY)));
        }

        @Test
        void a_claim_over_the_monthly_limit_is_refused() {
            refusesOn(history(), claim(FEBRUARY, BARBARA, line(CostKind.TRAVEL, "200"), line(CostKind.MEALS,
                    "100.01")), "supporting.claim-over-limit");
            support.fixture.given(recorded())
                    .when(claim(FEBRUARY, BARBARA, line(CostKind.TRAVEL, "200"), line(CostKind.MEALS, "100")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void only_costs_the_agreement_covers_are_claimed_each_once() {
            refusesOn(history(), claim(FEBRUARY, BARBARA, line(CostKind.LEISURE, "40")),
                    "supporting.cost-kind-not-covered");
            refusesOn(history(), claim(FEBRUARY, BARBARA, line(CostKind.MEALS, "40"), line(CostKind.MEALS, "10")),
                    "supporting.cost-kind-twice");
            refusesOn(history(), claim(FEBRUARY, BARBARA), "supporting.claim-empty");
        }

        @Test
        void amounts_are_positive_and_in_whole_grosze() {
            refusesOn(history(), claim(FEBRUARY, BARBARA, line(CostKind.MEALS, "0")),
                    "supporting.amount-not-positive");
            refusesOn(history(), claim(FEBRUARY, BARBARA, line(CostKind.MEALS, "-5")),
                    "supporting.amount-not-positive");
            refusesOn(history(), claim(FEBRUARY, BARBARA, line(CostKind.MEALS, "10.005")),
                    "supporting.amount-grosze");
        }

        @Test
        void a_claimed_month_has_begun_and_falls_within_the_agreement() {
            refusesOn(history(), claim(MARCH.plusMonths(1), BARBARA, line(CostKind.MEALS, "10")),
                    "supporting.month-in-future");
            refusesOn(history(), claim(YearMonth.of(2026, 1), BARBARA, line(CostKind.MEALS, "10")),
                    "supporting.month-outside-arrangement");
            support.fixture.given(recorded())
                    .when(claim(MARCH, BARBARA, line(CostKind.MEALS, "10")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void one_claim_of_a_month_waits_for_a_decision_at_a_time() {
            refusesOn(history(februaryClaimed("50")), claim(FEBRUARY, BARBARA, line(CostKind.MEALS, "10")),
                    "supporting.claim-waiting");
            support.fixture.given(history(februaryClaimed("50")))
                    .when(claim(MARCH, BARBARA, line(CostKind.MEALS, "10")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void a_rejected_month_may_be_claimed_again() {
            support.fixture.given(history(februaryClaimed("50"), februaryRejected("50")))
                    .when(claim(FEBRUARY, BARBARA, line(CostKind.TRAVEL, "50")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void an_approved_month_is_not_claimed_again() {
            refusesOn(history(februaryClaimed("50"), februaryApproved("50")),
                    claim(FEBRUARY, BARBARA, line(CostKind.MEALS, "10")), "supporting.month-approved");
        }

        @Test
        void another_supporting_family_cannot_claim_under_this_arrangement() {
            refusesOn(history(), claim(FEBRUARY, OTHER_FAMILY, line(CostKind.MEALS, "10")),
                    "supporting.arrangement-not-found");
        }

        @Test
        void a_claim_carries_at_most_ten_receipts() {
            List<Receipt> eleven = Collections.nCopies(11, TICKET);
            refusesOn(history(), new ClaimReimbursement(ARRANGEMENT, NEW_CLAIM, FEBRUARY,
                    List.of(line(CostKind.MEALS, "10")), eleven, null, BARBARA, TODAY), "supporting.receipts-too-many");
        }
    }

    @Nested
    class Corrections {

        final ClaimId correction = new ClaimId("correction");

        @Test
        void a_late_receipt_is_added_to_an_approved_month_by_a_correction() {
            support.fixture.given(history(februaryClaimed("100"), februaryApproved("100")))
                    .when(correct("150", "Spóźniony paragon"))
                    .expectEvents(new ReimbursementCorrectionClaimed(ARRANGEMENT, CASE, correction, FEBRUARY,
                            FEBRUARY_CLAIM, List.of(line(CostKind.MEALS, "150.00")), new BigDecimal("150.00"),
                            List.of(), "Spóźniony paragon", TODAY, as(BARBARA, Role.SUPPORTING_FAMILY)));
        }

        @Test
        void a_correction_counts_against_the_months_limit_with_everything_approved() {
            refusesOn(history(februaryClaimed("100"), februaryApproved("100")), correct("200.01", "Paragon"),
                    "supporting.claim-over-limit");
            ClaimId earlier = new ClaimId("earlier-correction");
            refusesOn(history(februaryClaimed("100"), februaryApproved("100"), februaryCorrected(earlier, "150"),
                    approved(earlier, "150")), correct("50.01", "Paragon"), "supporting.claim-over-limit");
        }

        @Test
        void a_correction_takes_back_what_was_approved_and_no_more() {
            support.fixture.given(history(februaryClaimed("100"), februaryApproved("100")))
                    .when(correct("-40", "Zwrot niewykorzystanego biletu"))
                    .expectSuccessfulHandlerExecution();
            refusesOn(history(februaryClaimed("100"), februaryApproved("100")), correct("-100.01", "Zwrot"),
                    "supporting.correction-below-zero");
            refusesOn(history(februaryClaimed("100"), februaryApproved("100")), correct("0", "Nic"),
                    "supporting.correction-amount-zero");
        }

        @Test
        void only_an_approved_month_is_corrected_and_a_correction_says_why() {
            refusesOn(history(februaryClaimed("100")), correct("10", "Paragon"), "supporting.claim-waiting");
            refusesOn(history(februaryClaimed("100"), februaryRejected("100")), correct("10", "Paragon"),
                    "supporting.nothing-to-correct");
            refusesOn(history(februaryClaimed("100"), februaryApproved("100")), correct("10", " "),
                    "case.field-required");
        }

        @Test
        void one_correction_of_a_month_waits_at_a_time() {
            refusesOn(history(februaryClaimed("100"), februaryApproved("100"), februaryCorrected(correction, "20")),
                    correct("10", "Jeszcze jeden paragon"), "supporting.claim-waiting");
        }

        private CorrectReimbursement correct(String meals, String note) {
            return new CorrectReimbursement(ARRANGEMENT, correction, FEBRUARY, List.of(line(CostKind.MEALS, meals)),
                    List.of(), note, BARBARA, TODAY);
        }
    }

    @Nested
    class Decisions {

        @Test
        void the_head_approves_a_claim() {
            support.fixture.given(history(februaryClaimed("84.60")))
                    .when(new ApproveReimbursement(ARRANGEMENT, FEBRUARY_CLAIM, HEAD, TODAY))
                    .expectEvents(new ReimbursementApproved(ARRANGEMENT, CASE, FEBRUARY_CLAIM, FEBRUARY,
                            new BigDecimal("84.60"), TODAY, as(HEAD, Role.CENTRE_HEAD)));
        }

        @Test
        void the_head_rejects_a_claim_with_a_reason() {
            support.fixture.given(history(februaryClaimed("84.60")))
                    .when(new RejectReimbursement(ARRANGEMENT, FEBRUARY_CLAIM, "Brak biletów", HEAD, TODAY))
                    .expectEvents(new ReimbursementRejected(ARRANGEMENT, CASE, FEBRUARY_CLAIM, FEBRUARY,
                            new BigDecimal("84.60"), "Brak biletów", TODAY, as(HEAD, Role.CENTRE_HEAD)));
            refusesOn(history(februaryClaimed("84.60")),
                    new RejectReimbursement(ARRANGEMENT, FEBRUARY_CLAIM, " ", HEAD, TODAY), "case.field-required");
        }

        @Test
        void nobody_but_the_head_of_the_familys_centre_decides_not_even_the_household_itself() {
            for (var actor : List.of(BARBARA, ASSISTANT, SOCIAL_WORKER, HEAD_OF_ANOTHER_CENTRE)) {
                refusesOn(history(februaryClaimed("84.60")),
                        new ApproveReimbursement(ARRANGEMENT, FEBRUARY_CLAIM, actor, TODAY), "case.role-not-allowed");
                refusesOn(history(februaryClaimed("84.60")),
                        new RejectReimbursement(ARRANGEMENT, FEBRUARY_CLAIM, "Nie", actor, TODAY),
                        "case.role-not-allowed");
            }
        }

        @Test
        void a_claim_is_decided_once() {
            refusesOn(history(februaryClaimed("84.60"), februaryApproved("84.60")),
                    new RejectReimbursement(ARRANGEMENT, FEBRUARY_CLAIM, "Jednak nie", HEAD, TODAY),
                    "supporting.claim-decided");
            refusesOn(history(februaryClaimed("84.60"), februaryRejected("84.60")),
                    new ApproveReimbursement(ARRANGEMENT, FEBRUARY_CLAIM, HEAD, TODAY), "supporting.claim-decided");
            refusesOn(history(), new ApproveReimbursement(ARRANGEMENT, new ClaimId("unknown"), HEAD, TODAY),
                    "supporting.claim-not-found");
        }
    }

    // ---------------------------------------------------------------- helpers

    private void refuses(SupportArrangementCommand command, String key) {
        support.fixture.givenNoPriorActivity()
                .when(command)
                .expectException(refusedWith(key))
                .expectNoEvents();
    }

    private void refusesOn(List<?> history, SupportArrangementCommand command, String key) {
        support.fixture.given(history)
                .when(command)
                .expectException(refusedWith(key))
                .expectNoEvents();
    }

    private static SupportArrangementCommand withTerms(SupportArrangementCommand.RecordSupportArrangement base,
                                                       ReimbursementTerms terms) {
        return new SupportArrangementCommand.RecordSupportArrangement(base.arrangementId(), base.caseId(),
                base.household(), base.householdKind(), base.householdName(), base.agreementReference(),
                base.startsOn(), base.endsOn(), terms, base.actor(), base.today());
    }
}
