package pl.asysta.staff;

import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/** A person who can be named in a case: an assistant to assign, a coordinator to consult. */
public record StaffMember(UserId userId, String displayName, Role role, InstitutionId institutionId) {
}
