package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;

import pl.asysta.shared.UserId;

/** The head of the centre assigns an assistant to the family, or hands the case to another one. */
public sealed interface AssignmentStep extends CaseStep {

    record AssignAssistant(UserId assistant, String assistantName, LocalDate assignedOn) implements AssignmentStep {

        public StepKind stepKind() {
            return StepKind.ASSIGN;
        }
    }

    record ReassignAssistant(UserId assistant, String assistantName, String reason, LocalDate reassignedOn)
            implements AssignmentStep {

        public StepKind stepKind() {
            return StepKind.REASSIGN;
        }
    }
}
