package pl.asysta.cases.familycase;

import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;

/**
 * Whether an actor is on a case's team (its assistant, its social worker, the head of its centre), asked of the
 * case itself inside the current unit of work: the consent ledger and referrals decide on the case's present
 * state, never on a read model that may lag behind it.
 */
public interface CaseTeams {

    /**
     * Refuses with {@code case.not-found} when there is no such case and {@code case.role-not-allowed} when the
     * actor is not on its team.
     */
    void requireCaseTeam(CaseId caseId, Actor actor);
}
