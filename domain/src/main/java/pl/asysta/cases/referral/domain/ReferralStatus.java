package pl.asysta.cases.referral.domain;

/** Where a referral stands: sent, taken up or turned down by the institution, answered. */
public enum ReferralStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    ANSWERED;

    /** Whether the institution still owes an answer. */
    public boolean awaitsAnswer() {
        return this == OPEN || this == ACCEPTED;
    }
}
