package pl.asysta.caseview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.domain.TeamRole;
import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.PartInCase;
import pl.asysta.cases.familycase.domain.StepKind;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;

/**
 * One case as the page shows it to one person, read through the case file opened (and recorded) for them, with
 * what the dialogs need to act on it. What the person is to the case and which steps they may take now are the
 * case's own answer ({@code part}); the page offers exactly those steps and decides nothing itself.
 *
 * @param part         what the person is to the case and the steps the case permits them now
 * @param afterCommand what the page does after a dialog's command succeeded (wait for the read side, refresh)
 */
record CaseContext(CaseFile file, CaseDetails details, List<PlanVersionDetails> plan, Actor actor, PartInCase part,
                   LocalDate today, CaseServices services, Runnable afterCommand) {

    CaseId caseId() {
        return details.caseId();
    }

    CaseStatus status() {
        return details.status();
    }

    Optional<PlanVersionDetails> currentPlan() {
        return plan.stream().findFirst();
    }

    boolean permits(StepKind kind) {
        return part.permits(kind);
    }

    /** The assistant the case is assigned to, signed in. */
    boolean isAssignedAssistant() {
        return part.is(TeamRole.ASSISTANT);
    }

    /** A head of the case's own centre. */
    boolean isHead() {
        return part.is(TeamRole.HEAD);
    }

    /**
     * The case team (its assistant, its social worker or the head of its centre): they keep the consent ledger
     * and refer the case to other institutions.
     */
    boolean isCaseTeam() {
        return part.worksOnCase();
    }
}
