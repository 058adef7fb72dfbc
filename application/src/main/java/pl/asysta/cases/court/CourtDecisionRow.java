package pl.asysta.cases.court;

import java.time.Instant;
import java.time.LocalDate;

import pl.asysta.cases.court.domain.CourtDecisionId;
import pl.asysta.cases.court.domain.CourtDecisionKind;
import pl.asysta.cases.court.domain.CourtReference;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.shared.CaseId;

/**
 * A decision the court recorded on a family's case. {@code legalBasisToRecord}: an order to work with an
 * assistant on a case whose centre has not yet recorded a court order as the legal basis (shown to the case
 * team as a prompt; the court's record never changes the legal basis by itself).
 */
public record CourtDecisionRow(CourtDecisionId decisionId, OpinionRequestId requestId, CaseId caseId,
                               String familyName, CourtDecisionKind kind, LocalDate decidedOn,
                               CourtReference reference, String summary, String recordedBy, Instant recordedAt,
                               boolean legalBasisToRecord) {
}
