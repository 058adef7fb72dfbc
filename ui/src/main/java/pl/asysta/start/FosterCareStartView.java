package pl.asysta.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.caseview.CaseServices;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;

/** The foster-care coordinator's start: the families with a child in foster care whose plans they coordinate. */
@Route("foster-care")
@RolesAllowed(Roles.FOSTER_CARE_COORDINATOR)
class FosterCareStartView extends StartPage {

    private final transient CaseServices services;
    private final transient Actor actor;

    FosterCareStartView(CaseServices services, CurrentActor currentActor) {
        super(Role.FOSTER_CARE_COORDINATOR);
        this.services = services;
        this.actor = currentActor.require();
    }

    @Override
    void showContent(Div content) {
        content.add(new H2(getTranslation("foster-care.cases")));
        var cases = services.workLists().casesFor(actor);
        content.add(cases.isEmpty() ? CaseLists.empty("foster-care.cases.none")
                : CaseLists.families("coordinated-cases", getTranslation("foster-care.cases"), cases,
                        services.today(), true));
    }
}
