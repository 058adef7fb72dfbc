package pl.asysta.cases.sharing.domain;

import java.util.Objects;

/** Identity of one recorded consent to share; made at the edge. */
public record ConsentId(String value) {

    public ConsentId {
        Objects.requireNonNull(value, "consent id");
    }

    @Override
    public String toString() {
        return value;
    }
}
