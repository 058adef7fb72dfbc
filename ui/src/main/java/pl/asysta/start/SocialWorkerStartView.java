package pl.asysta.start;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.security.Roles;
import pl.asysta.shared.Role;

/** The social worker's start: the cases they opened or work on, interviews and assistant requests. */
@Route("social-worker")
@RolesAllowed(Roles.SOCIAL_WORKER)
class SocialWorkerStartView extends StartPage {

    SocialWorkerStartView() {
        super(Role.SOCIAL_WORKER);
    }
}
