package pl.asysta.start;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.security.Roles;
import pl.asysta.shared.Role;

/** The family court's start: its opinion requests and the opinions delivered to it. */
@Route("court")
@RolesAllowed(Roles.COURT_STAFF)
class CourtStartView extends StartPage {

    CourtStartView() {
        super(Role.COURT_STAFF);
    }
}
