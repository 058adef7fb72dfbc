package pl.asysta.cases.court.domain;

import java.util.Objects;

/** Identity of a court's request for an opinion; made at the edge. */
public record OpinionRequestId(String value) {

    public OpinionRequestId {
        Objects.requireNonNull(value, "OpinionRequestId");
    }

    @Override
    public String toString() {
        return value;
    }
}
