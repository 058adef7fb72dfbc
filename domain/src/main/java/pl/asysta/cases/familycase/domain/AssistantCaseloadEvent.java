package pl.asysta.cases.familycase.domain;

import pl.asysta.shared.CaseId;
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
