package pl.asysta.security.oidc;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import pl.asysta.security.SignInOutcome;
import pl.asysta.security.SignInOutcome.RefusalReason;
import pl.asysta.shared.Actor;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * Reads the portal's person out of the identity provider's claims. The realm puts the portal roles (the
 * {@link Role} names) into {@code roles}, the institution's identifier into {@code institution} and the
 * person's name into {@code name}.
 *
 * <p>The user id is {@code preferred_username}, falling back to {@code sub}: the user name is what case
 * records and the audit log show, it is unique in the realm and Keycloak does not let users change it, while
 * {@code sub} changes whenever the realm is imported afresh.
 */
public final class ClaimsToActor {

    static final String ROLES = "roles";
    static final String INSTITUTION = "institution";
    static final String NAME = "name";
    static final String PREFERRED_USERNAME = "preferred_username";
    static final String SUBJECT = "sub";

    private ClaimsToActor() {
    }

    public static SignInOutcome outcome(Map<String, Object> claims) {
        Set<Role> roles = roles(claims.get(ROLES));
        if (roles.isEmpty()) {
            return new SignInOutcome.Refused(RefusalReason.NO_KNOWN_ROLE);
        }
        List<String> institutions = strings(claims.get(INSTITUTION));
        if (institutions.isEmpty()) {
            return new SignInOutcome.Refused(RefusalReason.NO_INSTITUTION);
        }
        if (institutions.size() > 1) {
            return new SignInOutcome.Refused(RefusalReason.SEVERAL_INSTITUTIONS);
        }
        UserId userId = new UserId(text(claims.get(PREFERRED_USERNAME)).or(() -> text(claims.get(SUBJECT)))
                .orElseThrow(() -> new IllegalArgumentException("A token without preferred_username and sub")));
        String displayName = text(claims.get(NAME)).orElse(userId.value());
        return new SignInOutcome.Admitted(
                new Actor(userId, displayName, roles, new InstitutionId(institutions.getFirst())));
    }

    /** The known portal roles among the claim's values; Keycloak's own roles such as offline_access are ignored. */
    static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(claim)) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(ClaimsToActor::text).flatMap(Optional::stream).distinct().toList();
        }
        return text(claim).stream().toList();
    }

    private static Optional<String> text(Object value) {
        return value instanceof String string && !string.isBlank() ? Optional.of(string.strip()) : Optional.empty();
    }
}
