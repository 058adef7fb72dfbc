package pl.asysta.start;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.security.Roles;
import pl.asysta.shared.Role;

/** The supporting family's start: a simple help-log form that works on a phone. */
@Route("supporting-family")
@RolesAllowed(Roles.SUPPORTING_FAMILY)
class SupportingFamilyStartView extends StartPage {

    SupportingFamilyStartView() {
        super(Role.SUPPORTING_FAMILY);
    }
}
