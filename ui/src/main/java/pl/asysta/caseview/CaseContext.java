package pl.asysta.caseview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.Role;

/**
 * One case as the page shows it to one person, read through the case file opened (and recorded) for them, with what the dialogs need to act on it. The "may" methods only
 * decide which actions the page offers; the domain decides again and refuses whatever the role may not do.
 *
 * @param afterCommand what the page does after a dialog's command succeeded (wait for the read side, refresh)
 */
record CaseContext(CaseFile file, CaseDetails details, List<PlanVersionDetails> plan, Actor actor, LocalDate today,
                   CaseServices services, Runnable afterCommand) {

    CaseId caseId() {
        return details.caseId();
    }

    CaseStatus status() {
        return details.status();
    }

    Optional<PlanVersionDetails> currentPlan() {
        return plan.stream().findFirst();
    }

    /** The assistant the case is assigned to, signed in. */
    boolean isAssignedAssistant() {
        return actor.hasRole(Role.FAMILY_ASSISTANT) && actor.userId().equals(details.assistantId());
    }

    /** Staff of the case's own centre in the given role. */
    boolean isCentre(Role role) {
        return actor.hasRole(role) && actor.institutionId().equals(details.centre());
    }

    /**
     * The case team (its assistant, the centre's social worker or head): they keep the consent ledger and refer
     * the case to other institutions.
     */
    boolean isCaseTeam() {
        return isAssignedAssistant() || isCentre(Role.SOCIAL_WORKER) || isCentre(Role.CENTRE_HEAD);
    }

    boolean isCoordinator() {
        return actor.hasRole(Role.FOSTER_CARE_COORDINATOR) && details.fosterPlacements().stream()
                .anyMatch(placement -> actor.userId().equals(placement.coordinatorId()));
    }

    boolean consentInForce() {
        return details.consent() != null && details.consent().inForce();
    }
}
