package pl.asysta.cases.referral.domain;

import java.util.Objects;

/** Identity of a referral; made at the edge. */
public record ReferralId(String value) {

    public ReferralId {
        Objects.requireNonNull(value, "referral id");
    }

    @Override
    public String toString() {
        return value;
    }
}
