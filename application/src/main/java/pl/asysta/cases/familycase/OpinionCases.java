package pl.asysta.cases.familycase;

import pl.asysta.cases.familycase.domain.CaseOnFile;
import pl.asysta.shared.CaseId;

/**
 * The family's case as an opinion needs it (its centre, its assistant, the family's name), read from the case
 * itself inside the current unit of work: who drafts and who approves is decided on the case's present state,
 * never on a read model that may lag behind it. A case that does not exist is refused as {@code case.not-found}.
 */
@FunctionalInterface
public interface OpinionCases {

    CaseOnFile onFile(CaseId caseId);
}
