package pl.asysta.cases.sharing.domain;

/** Why a grant ended before its date. */
public enum RevocationReason {
    /** The consent it rested on was withdrawn. */
    CONSENT_WITHDRAWN,
    /** The case team revoked it (the purpose is met, the order lapsed ...). */
    REVOKED_BY_CASE_TEAM
}
