package pl.asysta.start;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.OpinionQueries;
import pl.asysta.cases.court.OpinionRequestRow;
import pl.asysta.caseview.CaseServices;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;

/**
 * The family court's start: its requests for opinions with their status and deadline (overdue and near ones
 * flagged), a new request, the delivered opinions to download with their provenance and SHA-256, and the
 * decisions the court recorded. Nothing else of the families' cases: the court never opens a case file.
 */
@Route("court")
@RolesAllowed(Roles.COURT_STAFF)
class CourtStartView extends StartPage {

    private final transient CaseServices services;
    private final transient OpinionCommands commands;
    private final transient OpinionQueries opinions;
    private final transient Actor actor;

    CourtStartView(CaseServices services, OpinionCommands commands, OpinionQueries opinions,
                   CurrentActor currentActor) {
        super(Role.COURT_STAFF);
        this.services = services;
        this.commands = commands;
        this.opinions = opinions;
        this.actor = currentActor.require();
    }

    @Override
    AccessView readingView() {
        return AccessView.COURT_OPINIONS;
    }

    @Override
    void showContent(Div content) {
        List<OpinionRequestRow> requests = opinions.ofCourt(actor);
        long awaited = requests.stream().filter(row -> row.status().awaitsDelivery()).count();
        long overdue = requests.stream().filter(OpinionRequestRow::overdue).count();
        Paragraph summary = new Paragraph(getTranslation("court.summary", awaited, overdue));
        summary.setId("court-summary");

        Button ask = new Button(getTranslation("court.new-request"), VaadinIcon.PLUS.create());
        ask.setId("court-new-request");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickListener(click -> {
            OpinionRequestDialog dialog = new OpinionRequestDialog(services, commands, actor);
            dialog.onSaved(() -> {
                dialog.requested().ifPresent(request ->
                        services.await(() -> opinions.status(request, actor).isPresent()));
                refresh();
            }).open();
        });

        Div actions = new Div(ask);
        actions.addClassNames("action-buttons", "court-actions");
        content.add(summary, actions);
        content.add(new CourtRequests(services, commands, opinions, requests, actor, this::changed, this::refresh));
        CourtDecisions.addTo(content, "court.decisions.title", "court.decisions.none", "court-decisions",
                opinions.decisionsOfCourt(actor));
    }

    /** Waits briefly until the read side has what the court just did, then shows the page again. */
    private void changed(OpinionRequestRow row) {
        services.await(() -> opinions.status(row.requestId(), actor).map(status -> status != row.status())
                .orElse(true));
        refresh();
    }
}
