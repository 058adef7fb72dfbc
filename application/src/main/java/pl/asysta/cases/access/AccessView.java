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
    /** A court's list of its opinion requests and decisions: the families' names and the requests' state. */
    COURT_OPINIONS,
    /** A delivered court opinion downloaded. */
    OPINION_DOCUMENT,
    /** A court naming a family for a request: which case matched, if one did. */
    COURT_FAMILY_LOOKUP,
    /** A supporting family's narrow view of the family it supports: minimal data, its plan actions, its log. */
    SUPPORT_ARRANGEMENT,
    /** A receipt scan of a supporting family's claim, opened or downloaded. */
    RECEIPT,
    /** Stored events read in the auditor's event browser, with the cases they are about. */
    EVENT_STREAM,
    /** The integrity check of the event streams and the access log: hashes, no case content. */
    INTEGRITY_CHECK,
    /**
     * A case file as it stood at a point in its past (or two points compared), rebuilt from its events; the
     * purpose names the event positions ({@code AS_OF 1234}).
     */
    CASE_FILE_AS_OF,
    /** The access log reviewed by an auditor: the records and the families they name. */
    ACCESS_REVIEW,
    /** Every case's history replayed to rebuild the read model and compare it with the live one (ADR 0016). */
    READ_MODEL_REBUILD
}
