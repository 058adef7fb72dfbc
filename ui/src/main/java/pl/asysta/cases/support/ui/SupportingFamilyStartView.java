package pl.asysta.cases.support.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.ui.StartPage;
import pl.asysta.cases.support.HouseholdSupport;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.EmptyState;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;
import pl.asysta.time.ClockConfiguration;

/**
 * The supporting family's start, made for a phone held in one hand: one column, large buttons, for each family
 * the household supports its name, its children's first names and its assistant, the agreement, the plan actions
 * the household owns, a form to log help, its log, a form to claim a month's costs with receipt scans, and its
 * claims with their decisions (ADR 0013). Nothing else of the family's case: the household never opens the case
 * file. The page is one reading, recorded as the arrangement's view before it is sent.
 */
@Route(SupportingFamilyStartView.ROUTE)
@RolesAllowed(Roles.SUPPORTING_FAMILY)
class SupportingFamilyStartView extends StartPage {

    static final String ROUTE = "supporting-family";

    private final transient SupportCommands commands;
    private final transient SupportQueries queries;
    private final transient ErrorMessages errors;
    private final transient Clock clock;
    private final transient Actor actor;

    SupportingFamilyStartView(SupportCommands commands, SupportQueries queries, ErrorMessages errors, Clock clock,
                              CurrentActor currentActor) {
        super(Role.SUPPORTING_FAMILY);
        this.commands = commands;
        this.queries = queries;
        this.errors = errors;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
        this.actor = currentActor.require();
        addClassName("support-page");
    }

    @Override
    protected AccessView readingView() {
        return AccessView.SUPPORT_ARRANGEMENT;
    }

    @Override
    protected void showContent(Div content) {
        List<HouseholdSupport> families = queries.forHousehold(actor);
        if (families.isEmpty()) {
            content.add(EmptyState.of("supporting.none"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (int index = 0; index < families.size(); index++) {
            content.add(new SupportedFamily(families.get(index), index == 0 ? "" : "-" + (index + 1), commands,
                    queries, errors, actor, today, this::changed));
        }
    }
}
