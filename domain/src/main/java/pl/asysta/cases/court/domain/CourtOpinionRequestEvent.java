package pl.asysta.cases.court.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;

/**
 * What happens to a court's request for an opinion, and the decisions the court records on the family's case
 * in the proceedings it asked in. Everything here is in the COURT category. Persisted contract.
 */
public sealed interface CourtOpinionRequestEvent {

    /**
     * The events that belong to the case's shared chronology. Drafts, submission and return are the centre's
     * internal work on the opinion and stay off the timeline, which others with COURT access also read.
     */
    List<Class<? extends CourtOpinionRequestEvent>> ON_THE_TIMELINE = List.of(OpinionRequested.class,
            OpinionDelivered.class, OpinionRequestWithdrawn.class, CourtDecisionRecorded.class);

    OpinionRequestId requestId();

    CaseId caseId();

    Author recordedBy();

    default DataCategory category() {
        return DataCategory.COURT;
    }

    record OpinionRequested(OpinionRequestId requestId, CaseId caseId, InstitutionId court, CourtReference reference,
                            String questions, LocalDate deadline, LocalDate requestedOn, Author recordedBy)
            implements CourtOpinionRequestEvent {
    }

    record OpinionDraftSaved(OpinionRequestId requestId, CaseId caseId, OpinionText text, Author recordedBy)
            implements CourtOpinionRequestEvent {
    }

    /** The draft goes to the head; it records the position of the case file it was written against. */
    record OpinionSubmitted(OpinionRequestId requestId, CaseId caseId, OpinionText text, long casePosition,
                            Instant caseAsOf, Author recordedBy) implements CourtOpinionRequestEvent {
    }

    record OpinionReturned(OpinionRequestId requestId, CaseId caseId, String comments, Author recordedBy)
            implements CourtOpinionRequestEvent {
    }

    /** The head approved the opinion and it was delivered as a document whose bytes hash to this SHA-256. */
    record OpinionDelivered(OpinionRequestId requestId, CaseId caseId, Instant deliveredAt, String documentSha256,
                            Author recordedBy) implements CourtOpinionRequestEvent {
    }

    record OpinionRequestWithdrawn(OpinionRequestId requestId, CaseId caseId, String reason, LocalDate withdrawnOn,
                                   Author recordedBy) implements CourtOpinionRequestEvent {
    }

    record CourtDecisionRecorded(OpinionRequestId requestId, CaseId caseId, CourtDecisionId decisionId,
                                 CourtDecisionKind kind, LocalDate decidedOn, CourtReference reference,
                                 String summary, Author recordedBy) implements CourtOpinionRequestEvent {
    }
}
