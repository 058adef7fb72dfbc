package pl.asysta.cases.court.domain;

import java.time.Instant;
import java.time.LocalDate;

import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;

/**
 * Everything the delivered opinion says: what the court asked, what the centre answered, who wrote and who
 * approved it, when it was delivered, and the provenance of the file it was written against.
 */
public record DeliverableOpinion(OpinionRequestId requestId, CaseId caseId, String familyName, InstitutionId court,
                                 CourtReference reference, String questions, LocalDate deadline,
                                 LocalDate requestedOn, OpinionText text, Author author, Author approver,
                                 Instant deliveredAt, CasePosition provenance) {
}
