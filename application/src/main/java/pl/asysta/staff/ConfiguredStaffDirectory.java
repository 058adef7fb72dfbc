package pl.asysta.staff;

import java.util.Comparator;
import java.util.List;

import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * The staff as configured ({@code asysta.staff.members[0].user-id=...}, {@code display-name}, {@code role},
 * {@code institution}): the directory of an installation that signs in through Keycloak, until the
 * administrator's institution register replaces it.
 */
final class ConfiguredStaffDirectory implements StaffDirectory {

    private final List<StaffMember> members;

    ConfiguredStaffDirectory(StaffProperties properties) {
        this.members = properties.members().stream()
                .map(member -> new StaffMember(new UserId(member.userId()), member.displayName(), member.role(),
                        new InstitutionId(member.institution())))
                .sorted(Comparator.comparing(StaffMember::displayName))
                .toList();
    }

    @Override
    public List<StaffMember> all() {
        return members;
    }
}
