package pl.asysta.cases.familycase.domain;

import static pl.asysta.cases.access.domain.TeamRole.ASSISTANT;
import static pl.asysta.cases.access.domain.TeamRole.HEAD;
import static pl.asysta.cases.access.domain.TeamRole.SOCIAL_WORKER;
import static pl.asysta.cases.familycase.domain.CaseRules.happenedNoLaterThanToday;
import static pl.asysta.cases.familycase.domain.CaseRules.required;

import java.util.ArrayList;
import java.util.List;

import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantRequested;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentWithdrawn;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CourtOrderRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.EnvironmentalInterviewRecorded;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordConsent;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordCourtOrder;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordInterview;
import pl.asysta.cases.familycase.domain.IntakeStep.RequestAssistant;
import pl.asysta.cases.familycase.domain.IntakeStep.WithdrawConsent;
import pl.asysta.shared.Author;

/**
 * Intake and the legal basis of the work. The social worker who opened the case interviews the family (uwr art.
 * 11) and asks for an assistant; the work needs the family's consent (art. 8 ust. 3) or a court order (Family Code
 * art. 109), which the social worker or the assistant records, and the head too for a court order.
 */
final class Intake {

    private Intake() {
    }

    static Permission permission(StepKind kind, Situation now) {
        FamilyCaseState state = now.state();
        return switch (kind) {
            case INTERVIEW -> now.in(SOCIAL_WORKER).and(state.open(), "case.closed");
            case REQUEST_ASSISTANT -> now.in(SOCIAL_WORKER)
                    .and(state.status() == CaseStatus.INTAKE, "case.not-in-intake")
                    .and(!state.assistantRequested(), "case.assistant-already-requested");
            case CONSENT -> now.in(SOCIAL_WORKER, ASSISTANT).and(state.open(), "case.closed")
                    .and(!state.consentInForce(), "case.consent-already-given");
            case WITHDRAW_CONSENT -> now.in(SOCIAL_WORKER, ASSISTANT)
                    .and(state.consentInForce(), "case.no-consent-to-withdraw");
            case COURT_ORDER -> now.in(SOCIAL_WORKER, ASSISTANT, HEAD).and(state.open(), "case.closed");
            default -> throw new IllegalArgumentException(kind + " is no step of intake");
        };
    }

    static List<FamilyCaseEvent> decide(IntakeStep step, Author author, Situation now) {
        FamilyCaseState state = now.state();
        return switch (step) {
            case RecordInterview interview -> {
                happenedNoLaterThanToday(interview.conductedOn(), now.today());
                required(interview.findings(), "findings");
                yield List.of(new EnvironmentalInterviewRecorded(state.caseId(), interview.conductedOn(),
                        interview.findings(), interview.difficulties(), author));
            }
            case RequestAssistant request -> {
                required(request.justification(), "justification");
                yield List.of(new AssistantRequested(state.caseId(), request.justification(), author));
            }
            case RecordConsent consent -> {
                required(consent.consentingPerson(), "consentingPerson");
                required(consent.documentReference(), "documentReference");
                happenedNoLaterThanToday(consent.givenOn(), now.today());
                yield List.of(new ConsentRecorded(state.caseId(), consent.consentingPerson(), consent.givenOn(),
                        consent.documentReference(), author));
            }
            case WithdrawConsent withdrawal -> withdraw(withdrawal, author, now);
            case RecordCourtOrder order -> {
                required(order.court(), "court");
                required(order.fileReference(), "fileReference");
                happenedNoLaterThanToday(order.issuedOn(), now.today());
                yield List.of(new CourtOrderRecorded(state.caseId(), order.court(), order.fileReference(),
                        order.issuedOn(), author));
            }
        };
    }

    /**
     * Withdrawn consent ends the assistance unless a court ordered it (uwr art. 8 ust. 3): then an open case is
     * closed at once with reason {@link ClosureReason#CONSENT_WITHDRAWN} and the chosen monitoring period.
     */
    private static List<FamilyCaseEvent> withdraw(WithdrawConsent withdrawal, Author author, Situation now) {
        FamilyCaseState state = now.state();
        happenedNoLaterThanToday(withdrawal.withdrawnOn(), now.today());
        List<FamilyCaseEvent> events = new ArrayList<>();
        events.add(new ConsentWithdrawn(state.caseId(), withdrawal.withdrawnOn(), withdrawal.note(), author));
        if (CaseRules.consentWithdrawalEndsAssistance(state.courtOrdered()) && state.open()) {
            CaseRules.monitoringLastsOneToTwelveMonths(withdrawal.monitoringMonths());
            String note = withdrawal.note() == null || withdrawal.note().isBlank() ? "" : withdrawal.note();
            events.add(new CaseClosed(state.caseId(), ClosureReason.CONSENT_WITHDRAWN, note,
                    withdrawal.withdrawnOn(), withdrawal.withdrawnOn().plusMonths(withdrawal.monitoringMonths()),
                    author));
        }
        return events;
    }
}
