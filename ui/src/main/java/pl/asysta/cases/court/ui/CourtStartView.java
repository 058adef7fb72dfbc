package pl.asysta.cases.court.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.ui.StartPage;
import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.OpinionQueries;
import pl.asysta.cases.court.OpinionRequestRow;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;
import pl.asysta.time.ClockConfiguration;

/**
 * The family court's start: its requests for opinions with their status and deadline (overdue and near ones
 * flagged), a new request, the delivered opinions to download with their provenance and SHA-256, and the
 * decisions the court recorded. Nothing else of the families' cases: the court never opens a case file.
 */
@Route("court")
@RolesAllowed(Roles.COURT_STAFF)
class CourtStartView extends StartPage {

    private final transient OpinionCommands commands;
    private final transient OpinionQueries opinions;
    private final transient InstitutionDirectory institutions;
    private final transient ErrorMessages errors;
    private final transient Clock clock;
    private final transient Actor actor;

    CourtStartView(OpinionCommands commands, OpinionQueries opinions, InstitutionDirectory institutions,
                   ErrorMessages errors, Clock clock, CurrentActor currentActor) {
        super(Role.COURT_STAFF);
        this.commands = commands;
        this.opinions = opinions;
        this.institutions = institutions;
        this.errors = errors;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
        this.actor = currentActor.require();
    }

    @Override
    protected AccessView readingView() {
        return AccessView.COURT_OPINIONS;
    }

    @Override
    protected void showContent(Div content) {
        LocalDate today = LocalDate.now(clock);
        List<OpinionRequestRow> requests = opinions.ofCourt(actor);
        long awaited = requests.stream().filter(row -> row.status().awaitsDelivery()).count();
        long overdue = requests.stream().filter(OpinionRequestRow::overdue).count();
        Paragraph summary = new Paragraph(getTranslation("court.summary", awaited, overdue));
        summary.setId("court-summary");

        Button ask = new Button(getTranslation("court.new-request"), VaadinIcon.PLUS.create());
        ask.setId("court-new-request");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickListener(click -> new OpinionRequestDialog(errors, institutions.registered(), commands, actor,
                today).onSaved(this::changed).open());

        Div actions = new Div(ask);
        actions.addClassNames("action-buttons", "court-actions");
        content.add(summary, actions);
        content.add(new CourtRequests(requests, commands, opinions, errors, actor, today, this::changed));
        CourtDecisions.addTo(content, "court.decisions.title", "court.decisions.none", "court-decisions",
                opinions.decisionsOfCourt(actor));
    }
}
