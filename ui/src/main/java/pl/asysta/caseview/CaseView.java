package pl.asysta.caseview;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.CaseId;
import pl.asysta.cases.query.CaseDetails;
import pl.asysta.cases.query.PlanVersionDetails;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;

/**
 * The page of one family case: who the family is and on what legal basis the centre works with it, what the
 * signed-in person may do now, the work plan with all its versions and the shared timeline.
 *
 * <p>A case the person may not see is answered exactly like a case that does not exist ("page not available"),
 * so nobody learns which families another centre or another assistant works with.
 */
@Route(CaseView.ROUTE)
@RolesAllowed({Roles.FAMILY_ASSISTANT, Roles.SOCIAL_WORKER, Roles.CENTRE_HEAD, Roles.FOSTER_CARE_COORDINATOR})
class CaseView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String CASE_ID = "caseId";
    static final String ROUTE_PREFIX = "cases/";
    static final String ROUTE = ROUTE_PREFIX + ":" + CASE_ID;

    private final transient CaseServices services;
    private final transient Actor actor;
    private CaseId caseId;
    private CaseDetails details;
    private int knownEntries;

    CaseView(CaseServices services, CurrentActor currentActor) {
        this.services = services;
        this.actor = currentActor.require();
        addClassName("case-page");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CaseDetails> found = event.getRouteParameters().get(CASE_ID)
                .filter(raw -> !raw.isBlank())
                .flatMap(raw -> services.queries().details(new CaseId(raw), actor));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        details = found.get();
        caseId = details.caseId();
        if (isAttached()) {
            render();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (details != null) {
            render();
        }
    }

    /** Shows the case as the read side knows it now. */
    void render() {
        details = services.queries().details(caseId, actor).orElse(details);
        List<PlanVersionDetails> plan = services.queries().workPlan(caseId, actor);
        knownEntries = services.entries(caseId, actor);
        CaseContext context = new CaseContext(details, plan, actor, services.today(), services, this::afterCommand);
        removeAll();
        add(new CaseHeader(context), new CaseActions(context), new WorkPlanPanel(context), new TimelineGrid(context));
    }

    private void afterCommand() {
        services.awaitNewEntry(caseId, actor, knownEntries);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", details == null ? "" : details.familyName());
    }
}
