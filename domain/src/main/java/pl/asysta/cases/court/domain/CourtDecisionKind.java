package pl.asysta.cases.court.domain;

/** What a family court decided about a family, as far as the centre's work is concerned. */
public enum CourtDecisionKind {
    /** The family is obliged to work with a family assistant (Family Code art. 109 § 2 pkt 2). */
    ORDER_TO_WORK_WITH_ASSISTANT,
    /** A child is placed in foster care (Family Code art. 109 § 2 pkt 5). */
    FOSTER_CARE_PLACEMENT,
    /** The parents' authority is limited, e.g. under a probation officer's supervision (art. 109 § 2 pkt 3). */
    PARENTAL_AUTHORITY_LIMITED,
    OTHER
}
