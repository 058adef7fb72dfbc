package pl.asysta.shared;

import java.util.Objects;

/** The stable identifier of a signed-in person, as the identity provider names them. */
public record UserId(String value) {

    public UserId {
        Objects.requireNonNull(value, "user id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("user id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
