package pl.asysta.cases.familycase.domain;

import static pl.asysta.cases.access.domain.TeamRole.HEAD;
import static pl.asysta.cases.familycase.domain.CaseRules.happenedNoLaterThanToday;
import static pl.asysta.cases.familycase.domain.CaseRules.required;

import java.util.List;

import pl.asysta.cases.familycase.domain.AssignmentStep.AssignAssistant;
import pl.asysta.cases.familycase.domain.AssignmentStep.ReassignAssistant;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantAssigned;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantReassigned;
import pl.asysta.shared.Author;
import pl.asysta.shared.DomainRuleViolation;

/**
 * The head of the centre assigns an assistant (uwr art. 11) to a case that waits for one, and may hand it to
 * another assistant later; the history of the first stays with the case. The caseload cap is the
 * {@link AssistantCaseload}'s to enforce, in the same unit of work.
 */
final class Assignment {

    private Assignment() {
    }

    /**
     * A case waits for an assistant once the social worker asked for one or a court ordered the work; that it has
     * a legal basis is checked when the head assigns, so the head learns what is still missing.
     */
    static Permission permission(StepKind kind, Situation now) {
        FamilyCaseState state = now.state();
        return switch (kind) {
            case ASSIGN -> now.in(HEAD).and(state.status() == CaseStatus.INTAKE, "case.already-assigned")
                    .and(state.awaitingAssignment(), "case.assistant-not-requested");
            case REASSIGN -> now.in(HEAD).and(state.active(), "case.not-active");
            default -> throw new IllegalArgumentException(kind + " is no step of assignment");
        };
    }

    static List<FamilyCaseEvent> decide(AssignmentStep step, Author author, Situation now) {
        FamilyCaseState state = now.state();
        return switch (step) {
            case AssignAssistant assignment -> {
                CaseRules.workNeedsLegalBasis(state.consentInForce(), state.courtOrdered());
                happenedNoLaterThanToday(assignment.assignedOn(), now.today());
                yield List.of(new AssistantAssigned(state.caseId(), assignment.assistant(),
                        assignment.assistantName(), assignment.assignedOn(), author));
            }
            case ReassignAssistant handOver -> {
                if (handOver.assistant().equals(state.assistant())) {
                    throw new DomainRuleViolation("case.same-assistant");
                }
                required(handOver.reason(), "reason");
                happenedNoLaterThanToday(handOver.reassignedOn(), now.today());
                yield List.of(new AssistantReassigned(state.caseId(), state.assistant(), handOver.assistant(),
                        handOver.assistantName(), handOver.reassignedOn(), handOver.reason(), author));
            }
        };
    }
}
