package pl.asysta.cases.familycase.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.domain.TeamRole;
import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.PartInCase;
import pl.asysta.cases.familycase.domain.StepKind;
import pl.asysta.eventstore.Recorded;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;

/**
 * What a page knows about the case it shows to one person: the case file opened (and recorded) for them, the
 * header read through it, who they are, what they are to the case with the steps the case permits them now
 * ({@code part}, the case's own answer: a page offers exactly those and decides nothing itself), and the centre's
 * day. Every section of the page is drawn from it, with the facade of its own slice.
 *
 * @param afterCommand what the page does with what a dialog's command stored: it shows what the command touched
 *                     again once the read model has it
 */
public record OpenCase(CaseFile file, CaseDetails details, Actor actor, PartInCase part, LocalDate today,
                       Consumer<Recorded> afterCommand) {

    public CaseId caseId() {
        return details.caseId();
    }

    public CaseStatus status() {
        return details.status();
    }

    public boolean permits(StepKind kind) {
        return part.permits(kind);
    }

    /** The assistant the case is assigned to, signed in. */
    public boolean isAssignedAssistant() {
        return part.is(TeamRole.ASSISTANT);
    }

    /** A head of the case's own centre. */
    public boolean isHead() {
        return part.is(TeamRole.HEAD);
    }

    /**
     * The case team (its assistant, its social worker or the head of its centre): they keep the consent ledger
     * and refer the case to other institutions.
     */
    public boolean isCaseTeam() {
        return part.worksOnCase();
    }
}
