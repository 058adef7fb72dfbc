package pl.asysta.cases;

import pl.asysta.shared.UserId;

/** What happens to an assistant's caseload. Persisted contract, like every event. */
public sealed interface AssistantCaseloadEvent {

    UserId assistant();

    CaseId caseId();

    record FamilyTakenOn(UserId assistant, CaseId caseId) implements AssistantCaseloadEvent {
    }

    record FamilyReleased(UserId assistant, CaseId caseId) implements AssistantCaseloadEvent {
    }
}
