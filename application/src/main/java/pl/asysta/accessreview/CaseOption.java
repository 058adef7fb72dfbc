package pl.asysta.accessreview;

import pl.asysta.shared.CaseId;

/** A family's case to choose in the review: its id and the family's name. */
public record CaseOption(CaseId caseId, String familyName) {
}
