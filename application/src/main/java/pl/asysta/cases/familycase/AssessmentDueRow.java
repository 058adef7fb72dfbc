package pl.asysta.cases.familycase;

import java.time.LocalDate;

import pl.asysta.shared.CaseId;
import pl.asysta.shared.UserId;

/**
 * A family whose periodic assessment (at least every six months, uwr art. 15 ust. 1, art. 17) is overdue or
 * falls due soon. {@code lastAssessmentOn} is {@code null} before the first one; the clock then runs from the
 * assignment.
 */
public record AssessmentDueRow(CaseId caseId,
                               String familyName,
                               UserId assistantId,
                               String assistantName,
                               LocalDate lastAssessmentOn,
                               LocalDate due,
                               boolean overdue) {
}
