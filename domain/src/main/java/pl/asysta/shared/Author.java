package pl.asysta.shared;

import java.util.Objects;

/** Who recorded something, as it stays in the history: the person, the role they acted in, their institution. */
public record Author(UserId userId, String displayName, Role role, InstitutionId institutionId) {

    public Author {
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(institutionId, "institution id");
    }

    /** The author of what {@code actor} does in {@code role}. */
    public static Author of(Actor actor, Role role) {
        return new Author(actor.userId(), actor.displayName(), role, actor.institutionId());
    }
}
