package pl.asysta.start;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.security.Roles;
import pl.asysta.shared.Role;

/** A school's or health service's start: its referrals inbox and the cases it may see. */
@Route("institution")
@RolesAllowed(Roles.INSTITUTION_STAFF)
class InstitutionStartView extends StartPage {

    InstitutionStartView() {
        super(Role.INSTITUTION_STAFF);
    }
}
