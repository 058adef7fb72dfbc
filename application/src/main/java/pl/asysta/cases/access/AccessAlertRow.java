package pl.asysta.cases.access;

import pl.asysta.shared.CaseId;

/** Someone outside the case team opened one of the assistant's cases, and the assistant has not yet seen it. */
public record AccessAlertRow(AccessRecordRow record, CaseId caseId, String familyName) {
}
