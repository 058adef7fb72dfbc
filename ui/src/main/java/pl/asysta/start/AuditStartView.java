package pl.asysta.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.accessreview.AccessReviewPages;
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
        // The access review and subject access reports (issue 7, items 5 and 6).
        content.add(AccessReviewPages.startBlock());
    }
}
