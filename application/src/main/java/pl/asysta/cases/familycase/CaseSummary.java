package pl.asysta.cases.familycase;

import java.time.LocalDate;

import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * One family in a list of cases. The assessment flags are computed for the day of the query from
 * {@code nextAssessmentDue} (uwr art. 15 ust. 1, art. 17); {@code nextAssessmentDue} is {@code null} unless an
 * assistant works with the family now, {@code monitoringUntil} unless the case is in monitoring or closed, and
 * the assistant fields while none is assigned.
 */
public record CaseSummary(CaseId caseId,
                          String familyName,
                          CaseStatus status,
                          InstitutionId centre,
                          UserId assistantId,
                          String assistantName,
                          String socialWorkerName,
                          LegalBasisKind legalBasis,
                          LocalDate nextAssessmentDue,
                          boolean assessmentOverdue,
                          boolean assessmentDueSoon,
                          LocalDate monitoringUntil,
                          boolean zaZyciem,
                          boolean fosterCare) {
}
