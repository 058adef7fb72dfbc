package pl.asysta.cases.sharing.domain;

import java.util.Objects;

/** Identity of one access grant; made at the edge. */
public record GrantId(String value) {

    public GrantId {
        Objects.requireNonNull(value, "grant id");
    }

    @Override
    public String toString() {
        return value;
    }
}
