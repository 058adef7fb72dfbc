package pl.asysta.start;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.access.ui.StartPage;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.ui.CaseLists;
import pl.asysta.forms.EmptyState;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;
import pl.asysta.time.ClockConfiguration;

/** The foster-care coordinator's start: the families with a child in foster care whose plans they coordinate. */
@Route("foster-care")
@RolesAllowed(Roles.FOSTER_CARE_COORDINATOR)
class FosterCareStartView extends StartPage {

    private final transient WorkListQueries workLists;
    private final transient Clock clock;
    private final transient Actor actor;

    FosterCareStartView(WorkListQueries workLists, Clock clock, CurrentActor currentActor) {
        super(Role.FOSTER_CARE_COORDINATOR);
        this.workLists = workLists;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
        this.actor = currentActor.require();
    }

    @Override
    protected void showContent(Div content) {
        content.add(new H2(getTranslation("foster-care.cases")));
        var cases = workLists.casesFor(actor);
        content.add(cases.isEmpty() ? EmptyState.of("foster-care.cases.none")
                : CaseLists.families("coordinated-cases", getTranslation("foster-care.cases"), cases,
                        LocalDate.now(clock), true));
    }
}
