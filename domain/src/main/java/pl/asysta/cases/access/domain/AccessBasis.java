package pl.asysta.cases.access.domain;

/** Why someone may see a case, as the access record states it. */
public enum AccessBasis {
    /** The assistant, social worker or head of the case's own centre, doing their work on it. */
    CASE_WORK,
    /** The foster-care coordinator of a child of the family. */
    FOSTER_CARE_COORDINATION,
    /** An active grant held by the actor's institution (consent, court order or statute). */
    GRANT,
    /** An auditor's read-only review. */
    AUDIT
}
