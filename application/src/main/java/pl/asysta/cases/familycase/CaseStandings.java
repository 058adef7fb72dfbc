package pl.asysta.cases.familycase;

import pl.asysta.cases.familycase.domain.CaseStanding;
import pl.asysta.shared.CaseId;

/**
 * A family case's centre and stage, asked of the case itself inside the current unit of work, so that an
 * arrangement is recorded on the case's present state, never on a read model that may lag behind it.
 */
public interface CaseStandings {

    /** Refuses with {@code case.not-found} when there is no such case. */
    CaseStanding standingOf(CaseId caseId);
}
