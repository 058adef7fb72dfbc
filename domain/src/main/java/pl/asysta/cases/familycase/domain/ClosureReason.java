package pl.asysta.cases.familycase.domain;

/** Why work with a family ended (DESIGN section 2, rule 8). */
public enum ClosureReason {
    GOALS_ACHIEVED, FAMILY_REFUSED, CONSENT_WITHDRAWN, MOVED_AWAY, CHILD_PLACED, CHILD_RETURNED, OTHER
}
