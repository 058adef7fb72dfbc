package pl.asysta.cases.access;

/** Where case data was read, as the access record names it. */
public enum AccessView {
    /** A case file opened: its header, plan, timeline and ledger. */
    CASE_FILE,
    /** A list of cases with the families' names (start pages). */
    CASE_LIST,
    /** An institution's referrals inbox. */
    REFERRAL_INBOX,
    /** Case data written to a file (a report, an export). */
    EXPORT,
    /** Every case's history replayed to rebuild the read model and compare it with the live one (ADR 0016). */
    READ_MODEL_REBUILD
}
