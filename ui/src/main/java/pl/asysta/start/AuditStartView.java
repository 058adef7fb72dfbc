package pl.asysta.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.rebuild.ReadModelRebuildLink;
import pl.asysta.security.Roles;
import pl.asysta.shared.Role;

/** The auditor's start: event browser, point-in-time view, integrity check and access log. */
@Route("audit")
@RolesAllowed(Roles.AUDITOR)
class AuditStartView extends StartPage {

    AuditStartView() {
        super(Role.AUDITOR);
    }

    @Override
    void showContent(Div content) {
        // Rebuild of the read models (issue 7, item 4).
        content.add(new ReadModelRebuildLink());
    }
}
