package pl.asysta.cases.support.domain;

import java.util.Objects;

/** Identity of one reimbursement claim or correction; made at the edge. */
public record ClaimId(String value) {

    public ClaimId {
        Objects.requireNonNull(value, "claim id");
    }

    @Override
    public String toString() {
        return value;
    }
}
