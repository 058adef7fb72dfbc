package pl.asysta.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.query.CaseQueries;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;

/** The auditor's start: event browser, point-in-time view, integrity check and access log. */
@Route("audit")
@RolesAllowed(Roles.AUDITOR)
class AuditStartView extends StartPage {

    private final transient CaseQueries queries;
    private final transient Actor actor;

    AuditStartView(CaseQueries queries, CurrentActor currentActor) {
        super(Role.AUDITOR);
        this.queries = queries;
        this.actor = currentActor.require();
    }

    @Override
    void showContent(Div content) {
        // Point in time (issue 7, item 2)
        PastCaseFiles.addTo(content, queries, actor);
    }
}
