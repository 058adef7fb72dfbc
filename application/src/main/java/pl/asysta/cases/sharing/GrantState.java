package pl.asysta.cases.sharing;

/** Where a grant stands today. */
public enum GrantState {
    ACTIVE,
    /** Its last day has passed. */
    EXPIRED,
    REVOKED
}
