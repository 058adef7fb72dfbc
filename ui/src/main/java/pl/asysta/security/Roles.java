package pl.asysta.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import pl.asysta.shared.Role;

/**
 * The {@link Role} names as compile-time constants, because {@code @RolesAllowed} cannot name an enum value; a
 * test keeps the two in step.
 */
public final class Roles {

    public static final String FAMILY_ASSISTANT = "FAMILY_ASSISTANT";
    public static final String SOCIAL_WORKER = "SOCIAL_WORKER";
    public static final String CENTRE_HEAD = "CENTRE_HEAD";
    public static final String FOSTER_CARE_COORDINATOR = "FOSTER_CARE_COORDINATOR";
    public static final String TEAM_MEMBER = "TEAM_MEMBER";
    public static final String INSTITUTION_STAFF = "INSTITUTION_STAFF";
    public static final String SUPPORTING_FAMILY = "SUPPORTING_FAMILY";
    public static final String COURT_STAFF = "COURT_STAFF";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private static final String AUTHORITY_PREFIX = "ROLE_";

    private Roles() {
    }

    /** Spring Security's spelling of the roles: {@code ROLE_FAMILY_ASSISTANT} and so on. */
    public static Set<GrantedAuthority> authorities(Collection<Role> roles) {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(AUTHORITY_PREFIX + role.name()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The roles among the given authorities; anything that is not a known role is ignored. */
    public static Set<Role> of(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(AUTHORITY_PREFIX)) {
                parse(name.substring(AUTHORITY_PREFIX.length())).ifPresent(roles::add);
            }
        }
        return roles;
    }

    static Optional<Role> parse(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
