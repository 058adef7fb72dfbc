package pl.asysta.shared;

import java.util.Objects;

/** Identity of a family case; made at the edge, never inside the domain. */
public record CaseId(String value) {

    public CaseId {
        Objects.requireNonNull(value, "case id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("case id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
