package pl.asysta.cases.familycase.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
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
import pl.asysta.cases.access.ui.AccessRecheck;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.readmodel.ui.CatchUp;
import pl.asysta.eventstore.Recorded;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;

/**
 * The page of one family case: who the family is and on what legal basis the centre works with it, then the
 * sections the features of the case contribute ({@link CaseSection}): what the signed-in person may do now, the
 * work plan with all its versions, the referrals to other institutions, the consent ledger with its grants, the
 * supporting families, the shared timeline and, for the assistant and the head, who looked at it.
 *
 * <p>A case the person may not see is answered exactly like a case that does not exist ("page not available"),
 * so nobody learns which families another centre or another assistant works with. Opening the page opens the
 * case file once (one access record); every later read on the page goes through that file, and the page asks
 * every {@value AccessRecheck#INTERVAL_MILLIS} ms whether the person may still see what it shows. After a command
 * the page draws again only what the command touched, once the read model has it ({@link CatchUp}).
 */
@Route(CasePages.ROUTE)
@RolesAllowed({Roles.FAMILY_ASSISTANT, Roles.SOCIAL_WORKER, Roles.CENTRE_HEAD, Roles.FOSTER_CARE_COORDINATOR,
        Roles.TEAM_MEMBER, Roles.INSTITUTION_STAFF, Roles.AUDITOR})
class CaseView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient OpenCases cases;
    private final transient List<CaseSection> sections;
    private final transient CatchUp catchUp;
    private final transient Actor actor;
    private final transient Map<CaseSection, Component> shown = new LinkedHashMap<>();
    private transient CaseFile file;
    private transient OpenCase open;
    private Component header;
    /** The page has just read the case it opened; the first drawing needs no second reading. */
    private boolean justOpened;
    private Set<DataCategory> visibleCategories = Set.of();

    CaseView(OpenCases cases, List<CaseSection> sections, CatchUp catchUp, CurrentActor currentActor) {
        this.cases = cases;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CaseSection::order)).toList();
        this.catchUp = catchUp;
        this.actor = currentActor.require();
        addClassName("case-page");
        setPadding(true);
        AccessRecheck.whileAttached(this, this::recheckAccess);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OpenCase> opened = event.getRouteParameters().get(CasePages.CASE_ID)
                .filter(raw -> !raw.isBlank())
                .flatMap(raw -> cases.open(new CaseId(raw), actor, this::afterCommand));
        if (opened.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        open = opened.get();
        file = open.file();
        visibleCategories = open.details().visibleCategories();
        justOpened = true;
        if (isAttached()) {
            render();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (file != null) {
            render();
        }
    }

    /**
     * Shows the case as the read side knows it now, within what the person may still see; once they may see
     * nothing of it (their institution's grant ended), the page says so and shows nothing of the case.
     */
    void render() {
        if (!justOpened && !readAgain()) {
            return;
        }
        justOpened = false;
        removeAll();
        shown.clear();
        header = new CaseHeader(open);
        add(header);
        for (CaseSection section : sections) {
            section.panel(open).ifPresent(panel -> {
                add(panel);
                shown.put(section, panel);
            });
        }
    }

    /** On each poll: if what the person may see has changed since the page was drawn, draw it again. */
    void recheckAccess() {
        if (file != null && !cases.categories(file).equals(visibleCategories)) {
            render();
        }
    }

    /** A dialog's command went through: what it touched is drawn again once the read model has it. */
    private void afterCommand(Recorded recorded) {
        catchUp.redraw(this, recorded, () -> redraw(recorded));
    }

    /**
     * Draws again the header when the family case changed and each section the command made stale, in place;
     * the rest of the page stays as it is. What the person may see having changed meanwhile, the whole page is
     * drawn again.
     */
    void redraw(Recorded recorded) {
        Set<DataCategory> before = visibleCategories;
        if (!readAgain()) {
            return;
        }
        if (!visibleCategories.equals(before) || header == null) {
            render();
            return;
        }
        if (recorded.stored(FamilyCaseEvent.class)) {
            Component fresh = new CaseHeader(open);
            replace(header, fresh);
            header = fresh;
        }
        for (CaseSection section : sections) {
            if (section.staleAfter(recorded)) {
                redraw(section);
            }
        }
    }

    private void redraw(CaseSection section) {
        Component before = shown.remove(section);
        Optional<Component> now = section.panel(open);
        if (before != null && now.isPresent()) {
            replace(before, now.get());
        } else if (before != null) {
            remove(before);
        } else if (now.isPresent()) {
            addComponentAtIndex(placeOf(section), now.get());
        }
        now.ifPresent(panel -> shown.put(section, panel));
    }

    /** Where a section's panel goes: after the header and the panels of the sections before it. */
    private int placeOf(CaseSection section) {
        int place = 1;
        for (CaseSection other : sections) {
            if (other == section) {
                return place;
            }
            if (shown.containsKey(other)) {
                place++;
            }
        }
        return place;
    }

    /** Reads what the page knows about the case again; false (and the page says so) once the person may not. */
    private boolean readAgain() {
        Optional<OpenCase> now = cases.read(file, this::afterCommand);
        if (now.isEmpty()) {
            showAccessEnded();
            return false;
        }
        open = now.get();
        visibleCategories = open.details().visibleCategories();
        return true;
    }

    private void showAccessEnded() {
        removeAll();
        shown.clear();
        header = null;
        visibleCategories = Set.of();
        Paragraph ended = new Paragraph(getTranslation("case.access-ended"));
        ended.setId("case-access-ended");
        ended.getElement().setAttribute("role", "alert");
        add(ended);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", open == null ? "" : open.details().familyName());
    }
}
