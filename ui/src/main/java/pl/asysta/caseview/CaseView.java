package pl.asysta.caseview;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;

/**
 * The page of one family case: who the family is and on what legal basis the centre works with it, what the
 * signed-in person may do now, the work plan with all its versions, the referrals to other institutions, the
 * consent ledger with its grants, the shared timeline and, for the assistant and the head, who looked at it.
 *
 * <p>A case the person may not see is answered exactly like a case that does not exist ("page not available"),
 * so nobody learns which families another centre or another assistant works with. Opening the page opens the
 * case file once (one access record); every later read on the page goes through that file, and the page asks
 * every {@value AccessRecheck#INTERVAL_MILLIS} ms whether the person may still see what it shows.
 */
@Route(CaseView.ROUTE)
@RolesAllowed({Roles.FAMILY_ASSISTANT, Roles.SOCIAL_WORKER, Roles.CENTRE_HEAD, Roles.FOSTER_CARE_COORDINATOR,
        Roles.TEAM_MEMBER, Roles.INSTITUTION_STAFF, Roles.AUDITOR})
class CaseView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String CASE_ID = "caseId";
    static final String ROUTE_PREFIX = "cases/";
    static final String ROUTE = ROUTE_PREFIX + ":" + CASE_ID;

    private final transient CaseServices services;
    private final transient SupportServices support;
    private final transient Actor actor;
    private CaseId caseId;
    private transient CaseFile file;
    private CaseDetails details;
    private long knownPosition;
    private java.util.Set<DataCategory> visibleCategories = java.util.Set.of();

    CaseView(CaseServices services, SupportServices support, CurrentActor currentActor) {
        this.services = services;
        this.support = support;
        this.actor = currentActor.require();
        addClassName("case-page");
        setPadding(true);
        AccessRecheck.whileAttached(this, this::recheckAccess);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CaseFile> opened = event.getRouteParameters().get(CASE_ID)
                .filter(raw -> !raw.isBlank())
                .flatMap(raw -> services.files().open(new CaseId(raw), actor));
        Optional<CaseDetails> found = opened.flatMap(services.fileQueries()::details);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        file = opened.get();
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

    /**
     * Shows the case as the read side knows it now, within what the person may still see; once they may see
     * nothing of it (their institution's grant ended), the page says so and shows nothing of the case.
     */
    void render() {
        Optional<CaseDetails> now = services.fileQueries().details(file);
        if (now.isEmpty()) {
            showAccessEnded();
            return;
        }
        details = now.get();
        visibleCategories = details.visibleCategories();
        List<PlanVersionDetails> plan = services.fileQueries().workPlan(file);
        knownPosition = services.position(caseId, actor);
        CaseContext context = new CaseContext(file, details, plan, actor, services.commands().partOf(caseId, actor),
                services.today(), services, this::afterCommand);
        removeAll();
        add(new CaseHeader(context), CaseAsOfView.linkFromCasePage(caseId), new CaseActions(context));
        if (visibleCategories.contains(DataCategory.PLAN)) {
            add(new WorkPlanPanel(context));
        }
        ReferralsPanel.of(context).forEach(this::add);
        SharingPanel.of(context).forEach(this::add);
        SupportPanel.of(context, support).forEach(this::add);
        add(new TimelineGrid(context));
        OpeningsPanel.of(context).forEach(this::add);
    }

    /** On each poll: if what the person may see has changed since the page was drawn, draw it again. */
    void recheckAccess() {
        if (file != null && !services.files().categories(file).equals(visibleCategories)) {
            render();
        }
    }

    private void showAccessEnded() {
        removeAll();
        visibleCategories = java.util.Set.of();
        Paragraph ended = new Paragraph(getTranslation("case.access-ended"));
        ended.setId("case-access-ended");
        ended.getElement().setAttribute("role", "alert");
        add(ended);
    }

    private void afterCommand() {
        services.awaitNewEntry(caseId, actor, knownPosition);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", details == null ? "" : details.familyName());
    }
}
