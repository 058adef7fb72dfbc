package pl.asysta.shared;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Whoever issues a command or reads case data, as the application knows them, whatever the sign-in source.
 * The domain never sees Spring Security or OIDC types: the sign-in layer turns its principal into this.
 */
public record Actor(UserId userId, String displayName, Set<Role> roles, InstitutionId institutionId) {

    public Actor {
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(institutionId, "institution id");
        displayName = displayName == null || displayName.isBlank() ? userId.value() : displayName;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * The role whose start page this actor lands on when they hold several: the first in the order of
     * {@link Role}, case work first (docs/access-matrix.md).
     */
    public Role primaryRole() {
        return roles.stream().min(Enum::compareTo)
                .orElseThrow(() -> new IllegalStateException("actor " + userId + " has no role"));
    }
}
