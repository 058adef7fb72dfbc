package pl.asysta.start;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.security.Roles;
import pl.asysta.shared.Role;

/** The head of the centre's start: caseloads against the cap of fifteen families and overdue items. */
@Route("centre-head")
@RolesAllowed(Roles.CENTRE_HEAD)
class CentreHeadStartView extends StartPage {

    CentreHeadStartView() {
        super(Role.CENTRE_HEAD);
    }
}
