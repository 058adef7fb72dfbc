package pl.asysta.cases.court.domain;

import java.util.Objects;

/** Identity of a court decision recorded on a case; made at the edge. */
public record CourtDecisionId(String value) {

    public CourtDecisionId {
        Objects.requireNonNull(value, "CourtDecisionId");
    }

    @Override
    public String toString() {
        return value;
    }
}
