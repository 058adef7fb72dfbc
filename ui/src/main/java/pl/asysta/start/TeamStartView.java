package pl.asysta.start;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.security.Roles;
import pl.asysta.shared.Role;

/** The interdisciplinary team member's start: cases referred to the team. */
@Route("team")
@RolesAllowed(Roles.TEAM_MEMBER)
class TeamStartView extends StartPage {

    TeamStartView() {
        super(Role.TEAM_MEMBER);
    }
}
