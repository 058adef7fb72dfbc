package pl.asysta.shared;

import java.util.Objects;

/** The institution a user belongs to (an OPS, a school, a court ...); every user belongs to exactly one. */
public record InstitutionId(String value) {

    public InstitutionId {
        Objects.requireNonNull(value, "institution id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("institution id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
