package pl.asysta.cases.familycase;

import java.time.Instant;

import pl.asysta.shared.CaseId;

/**
 * A case in intake waiting for the head to assign an assistant (uwr art. 11, Family Code art. 109): either the
 * social worker requested one ({@code justification} set) or a court ordered it. The head can assign only when
 * {@code legalBasis} is not {@link LegalBasisKind#NONE}.
 */
public record AssignmentRequestRow(CaseId caseId,
                                   String familyName,
                                   String socialWorkerName,
                                   Instant requestedAt,
                                   String justification,
                                   boolean courtOrdered,
                                   LegalBasisKind legalBasis) {
}
