package pl.asysta.cases.court;

import java.time.Instant;
import java.time.LocalDate;

import pl.asysta.cases.court.domain.CourtReference;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionStatus;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;

/**
 * One request with its opinion as the drafting page shows it to the case team: the court's questions, the
 * draft or the submitted text, the head's comments when it was returned, and the delivery.
 */
public record OpinionDetails(OpinionRequestId requestId, CaseId caseId, String familyName, InstitutionId court,
                             CourtReference reference, String questions, LocalDate requestedOn, LocalDate deadline,
                             OpinionStatus status, boolean overdue, boolean dueSoon, OpinionText text,
                             Instant draftSavedAt, String draftSavedBy, String returnComments, String returnedBy,
                             Instant returnedAt, Instant submittedAt, String authorName,
                             OpinionRequestRow.Delivery delivery, LocalDate withdrawnOn, String withdrawalReason) {
}
