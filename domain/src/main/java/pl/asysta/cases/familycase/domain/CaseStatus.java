package pl.asysta.cases.familycase.domain;

/** Where a case stands in its life. */
public enum CaseStatus {
    /** Registered, interview and request under way, no assistant yet. */
    INTAKE,
    /** An assistant works with the family. */
    ACTIVE,
    /** Work ended; the monitoring period runs. */
    MONITORING,
    /** Monitoring ended. */
    CLOSED
}
