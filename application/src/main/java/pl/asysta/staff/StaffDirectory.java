package pl.asysta.staff;

import java.util.List;
import java.util.Optional;

import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/** The people of each institution by role, sorted by name. */
public interface StaffDirectory {

    List<StaffMember> all();

    default List<StaffMember> withRole(Role role) {
        return all().stream().filter(member -> member.role() == role).toList();
    }

    default List<StaffMember> withRole(Role role, InstitutionId institution) {
        return withRole(role).stream().filter(member -> member.institutionId().equals(institution)).toList();
    }

    default Optional<StaffMember> find(UserId userId, Role role) {
        return withRole(role).stream().filter(member -> member.userId().equals(userId)).findFirst();
    }
}
