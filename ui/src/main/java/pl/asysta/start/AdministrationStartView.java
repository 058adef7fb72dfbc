package pl.asysta.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.access.ui.StartPage;
import pl.asysta.rebuild.ui.ReadModelRebuildLink;
import pl.asysta.security.Roles;
import pl.asysta.shared.Role;

/** The administrator's start: institutions and the mapping of users to them. */
@Route("administration")
@RolesAllowed(Roles.ADMINISTRATOR)
class AdministrationStartView extends StartPage {

    AdministrationStartView() {
        super(Role.ADMINISTRATOR);
    }

    @Override
    protected void showContent(Div content) {
        // Rebuild of the read models (ADR 0016).
        content.add(new ReadModelRebuildLink());
    }
}
