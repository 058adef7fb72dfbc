package pl.asysta.start;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.security.Roles;
import pl.asysta.shared.Role;

/** The foster-care coordinator's start: families with a child in foster care they coordinate. */
@Route("foster-care")
@RolesAllowed(Roles.FOSTER_CARE_COORDINATOR)
class FosterCareStartView extends StartPage {

    FosterCareStartView() {
        super(Role.FOSTER_CARE_COORDINATOR);
    }
}
