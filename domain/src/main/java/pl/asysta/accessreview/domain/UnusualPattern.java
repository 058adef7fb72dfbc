package pl.asysta.accessreview.domain;

/** A pattern in the access log that the auditor should look at (ADR 0017). A flag is a prompt, not a finding. */
public enum UnusualPattern {
    /**
     * On one day the person opened the files of at least {@link ReviewRules#casesWithoutTaskPerDay()} different
     * families they have no task on.
     */
    MANY_CASES_WITHOUT_TASK,
    /** The read happened outside {@link WorkingHours}. */
    OUTSIDE_WORKING_HOURS
}
