package pl.asysta.cases.court;

import java.time.Instant;
import java.time.LocalDate;

import pl.asysta.cases.court.domain.CourtReference;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionStatus;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;

/**
 * A court's request for an opinion as the lists show it: to the court (its own requests, with no more of the
 * case than the family's name) and to the case team (with the assistant who drafts; {@code null} when the case
 * has none, or in the court's list).
 */
public record OpinionRequestRow(OpinionRequestId requestId, CaseId caseId, String familyName, InstitutionId court,
                                CourtReference reference, String questions, LocalDate requestedOn,
                                LocalDate deadline, OpinionStatus status, boolean overdue, boolean dueSoon,
                                String assistantName, Delivery delivery, LocalDate withdrawnOn,
                                String withdrawalReason) {

    /**
     * How the opinion was delivered: who wrote and approved it, when, the SHA-256 of the document, and the
     * position of the case file it was written against and when the file stood so.
     */
    public record Delivery(Instant deliveredAt, String authorName, String approverName, String documentSha256,
                           long casePosition, Instant caseAsOf) {
    }

    public boolean delivered() {
        return delivery != null;
    }
}
