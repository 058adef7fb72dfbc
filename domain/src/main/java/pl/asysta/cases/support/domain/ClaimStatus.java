package pl.asysta.cases.support.domain;

/** Where a claim stands: waiting for the head of the centre, approved, or rejected with a reason. */
public enum ClaimStatus {
    SUBMITTED,
    APPROVED,
    REJECTED
}
