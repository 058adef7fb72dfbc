package pl.asysta.start;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.security.Roles;
import pl.asysta.shared.Role;

/** The family assistant's start: their families, assessments due and plan actions due. */
@Route("assistant")
@RolesAllowed(Roles.FAMILY_ASSISTANT)
class AssistantStartView extends StartPage {

    AssistantStartView() {
        super(Role.FAMILY_ASSISTANT);
    }
}
