package pl.asysta.staff;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import pl.asysta.shared.Role;

/** {@code asysta.staff.members}: the people of a Keycloak installation the portal can name in a case. */
@ConfigurationProperties("asysta.staff")
record StaffProperties(List<Member> members) {

    StaffProperties {
        members = members == null ? List.of() : List.copyOf(members);
    }

    record Member(String userId, String displayName, Role role, String institution) {
    }
}
