package pl.asysta.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.accessreview.ui.AccessReviewPages;
import pl.asysta.cases.access.ui.StartPage;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.history.ui.PastCaseFiles;
import pl.asysta.events.ui.EventPages;
import pl.asysta.integrity.ui.IntegrityPages;
import pl.asysta.rebuild.ui.ReadModelRebuildLink;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;

/** The auditor's start: event browser, point-in-time view, integrity check and access log. */
@Route("audit")
@RolesAllowed(Roles.AUDITOR)
class AuditStartView extends StartPage {

    private final transient WorkListQueries queries;
    private final transient Actor actor;

    AuditStartView(WorkListQueries queries, CurrentActor currentActor) {
        super(Role.AUDITOR);
        this.queries = queries;
        this.actor = currentActor.require();
    }

    @Override
    protected void showContent(Div content) {
        addHistoryTools(content);
        // The case file as it stood at a point in time (ADR 0015).
        PastCaseFiles.addTo(content, queries, actor);
        // The access review and subject access reports (ADR 0017).
        content.add(AccessReviewPages.startBlock());
        // Rebuild of the read models (ADR 0016).
        content.add(new ReadModelRebuildLink());
    }

    /** The event browser and the integrity check of the history (ADR 0014). */
    private void addHistoryTools(Div content) {
        H2 heading = new H2(getTranslation("integrity.start.title"));
        heading.setId("audit-history-tools");
        UnorderedList links = new UnorderedList(
                tool(EventPages.link(getTranslation("events.title")), "events.start.description"),
                tool(IntegrityPages.link(getTranslation("integrity.title")), "integrity.start.description"));
        links.addClassName("audit-tools");
        content.add(heading, links);
    }

    private ListItem tool(RouterLink link, String descriptionKey) {
        Paragraph description = new Paragraph(getTranslation(descriptionKey));
        description.addClassName("secondary-text");
        return new ListItem(link, description);
    }
}
