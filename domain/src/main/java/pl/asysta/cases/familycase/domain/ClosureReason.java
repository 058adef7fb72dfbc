package pl.asysta.cases.familycase.domain;

/** Why work with a family ended, named at its closure (uwr art. 15 ust. 1 pkt 16). */
public enum ClosureReason {
    GOALS_ACHIEVED, FAMILY_REFUSED, CONSENT_WITHDRAWN, MOVED_AWAY, CHILD_PLACED, CHILD_RETURNED, OTHER
}
