package pl.asysta.cases.history.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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

import pl.asysta.cases.access.ui.AccessRecheck;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.history.CaseAsOf;
import pl.asysta.cases.history.CaseComparison;
import pl.asysta.cases.history.HistoryPoint;
import pl.asysta.cases.history.PointInTime;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.Dates;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.time.ClockConfiguration;

/**
 * A case as it stood on a chosen day or right after a chosen event (ADR 0015), or two such points side by side
 * with what changed between them: the header, the work plan in force, the grants and the timeline up to the point.
 * Anyone who may open the case file today may look at its past, in the categories they may read today; each look
 * is recorded before anything is shown. Nothing here changes the case.
 *
 * <p>The address names the point ({@code cases/<id>/as-of/2026-03-01}, {@code .../as-of/1234}) and the point to
 * compare it with ({@code ?compare=now}), so a look can be linked to and repeated. A point the reader types that
 * cannot be shown (before the case began, not reached yet) is refused in words, and the form keeps what was typed.
 */
@Route(CaseAsOfView.ROUTE)
@RolesAllowed({Roles.FAMILY_ASSISTANT, Roles.SOCIAL_WORKER, Roles.CENTRE_HEAD, Roles.FOSTER_CARE_COORDINATOR,
        Roles.TEAM_MEMBER, Roles.INSTITUTION_STAFF, Roles.AUDITOR})
class CaseAsOfView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String CASE_ID = CasePages.CASE_ID;
    static final String POINT = "point";
    static final String AS_OF = "as-of";
    static final String COMPARE = "compare";
    static final String ROUTE = CasePages.ROUTE + "/" + AS_OF + "/:" + POINT + "?";

    private final transient PointInTime pointInTime;
    private final transient TimelineQueries timeline;
    private final transient InstitutionDirectory institutions;
    private final transient ErrorMessages errors;
    private final transient Clock clock;
    private final transient Actor actor;
    private final Div form = new Div();
    private final Div problem = new Div();
    private final Div result = new Div();
    private HistoryPointPicker first;
    private HistoryPointPicker second;
    private Checkbox comparing;
    private CaseId caseId;
    private HistoryPoint shownPoint;
    private HistoryPoint shownComparison;
    private CaseAsOf single;
    private CaseComparison comparison;
    private String failure;

    CaseAsOfView(PointInTime pointInTime, TimelineQueries timeline, InstitutionDirectory institutions,
                 ErrorMessages errors, Clock clock, CurrentActor currentActor) {
        this.pointInTime = pointInTime;
        this.timeline = timeline;
        this.institutions = institutions;
        this.errors = errors;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
        this.actor = currentActor.require();
        addClassName("case-page");
        addClassName("case-as-of");
        setPadding(true);
        AccessRecheck.whileAttached(this, this::recheckAccess);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CaseId> requested = event.getRouteParameters().get(CASE_ID).filter(raw -> !raw.isBlank())
                .map(CaseId::new);
        if (requested.isEmpty() || !mayOpen(requested.get())) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        caseId = requested.get();
        first = null;
        single = null;
        comparison = null;
        failure = null;
        Optional<String> pointToken = event.getRouteParameters().get(POINT);
        List<String> compareTokens = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(COMPARE, List.of());
        shownPoint = pointToken.flatMap(HistoryPoint::parse).orElse(null);
        shownComparison = compareTokens.isEmpty() ? null : HistoryPoint.parse(compareTokens.getFirst()).orElse(null);
        if (pointToken.isPresent() && shownPoint == null
                || !compareTokens.isEmpty() && shownComparison == null) {
            failure = getTranslation("pit.bad-address");
        } else if (shownPoint != null && !read(event)) {
            return;
        }
        if (isAttached()) {
            render();
        }
    }

    /** Reads the case at the points of the address; false when the reader may not see it (rerouted). */
    private boolean read(BeforeEnterEvent event) {
        try {
            if (shownComparison == null) {
                Optional<CaseAsOf> read = pointInTime.at(caseId, shownPoint, actor);
                if (read.isEmpty()) {
                    event.rerouteToError(NotFoundException.class);
                    return false;
                }
                single = read.get();
            } else {
                Optional<CaseComparison> read = pointInTime.compare(caseId, shownPoint, shownComparison, actor);
                if (read.isEmpty()) {
                    event.rerouteToError(NotFoundException.class);
                    return false;
                }
                comparison = read.get();
            }
        } catch (RuntimeException refused) {
            failure = errors.describe(refused, getLocale());
        }
        return true;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (caseId != null) {
            render();
        }
    }

    /** Whether the reader may open the case file today: the read side has followed a case they may see. */
    private boolean mayOpen(CaseId caseId) {
        return timeline.readSidePosition(caseId, actor) > 0;
    }

    /** Once the reader may no longer open the case (their grant ended), nothing of it stays on the screen. */
    void recheckAccess() {
        if (caseId != null && !mayOpen(caseId)) {
            single = null;
            comparison = null;
            removeAll();
            Paragraph ended = new Paragraph(getTranslation("case.access-ended"));
            ended.setId("case-access-ended");
            ended.getElement().setAttribute("role", "alert");
            add(ended);
        }
    }

    void render() {
        removeAll();
        String family = single != null ? single.details().familyName()
                : comparison != null ? comparison.later().details().familyName() : null;
        H1 heading = new H1(family == null ? getTranslation("pit.title") : getTranslation("pit.title.family", family));
        heading.setId("pit-heading");
        Paragraph lead = new Paragraph(getTranslation("pit.lead"));
        lead.addClassName("secondary-text");
        add(heading, lead, CasePages.link(getTranslation("pit.back-to-case"), caseId));
        add(form());
        problem.removeAll();
        problem.setId("pit-problem");
        if (failure != null) {
            Paragraph said = new Paragraph(failure);
            said.addClassName("form-problem");
            said.getElement().setAttribute("role", "alert");
            problem.add(said);
        }
        add(problem);
        result.removeAll();
        result.setId("pit-result");
        if (single != null) {
            showSingle(single);
        } else if (comparison != null) {
            showComparison(comparison);
        }
        add(result);
    }

    private Div form() {
        form.removeAll();
        form.setId("pit-form");
        form.addClassName("pit-form");
        form.add(new H2(getTranslation("pit.picker.title")));
        var today = LocalDate.now(clock);
        HistoryPointPicker firstPicker = new HistoryPointPicker("pit-first", "pit.picker.first",
                List.of(HistoryPointPicker.Kind.DAY, HistoryPointPicker.Kind.POSITION), today);
        HistoryPointPicker secondPicker = new HistoryPointPicker("pit-second", "pit.picker.second",
                List.of(HistoryPointPicker.Kind.NOW, HistoryPointPicker.Kind.DAY,
                        HistoryPointPicker.Kind.POSITION), today);
        Checkbox compare = new Checkbox(getTranslation("pit.picker.compare"));
        compare.setId("pit-compare");
        if (first != null) {
            firstPicker.copyFrom(first);
            secondPicker.copyFrom(second);
            compare.setValue(comparing.getValue());
        } else {
            if (shownPoint != null) {
                firstPicker.show(shownPoint);
            }
            if (shownComparison != null) {
                secondPicker.show(shownComparison);
            }
            compare.setValue(shownComparison != null);
        }
        first = firstPicker;
        second = secondPicker;
        comparing = compare;
        second.setVisible(compare.getValue());
        compare.addValueChangeListener(change -> second.setVisible(change.getValue()));
        Button show = new Button(getTranslation("pit.picker.show"), click -> show());
        show.setId("pit-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(show);
        buttons.addClassName("form-buttons");
        form.add(first, compare, second, buttons);
        return form;
    }

    /** Opens the chosen points' address; a point missing or not valid is marked and nothing is opened. */
    private void show() {
        var today = LocalDate.now(clock);
        Optional<HistoryPoint> point = first.point(today);
        Optional<HistoryPoint> other = comparing.getValue() ? second.point(today) : Optional.empty();
        if (point.isEmpty() || comparing.getValue() && other.isEmpty()) {
            return;
        }
        CaseHistoryPages.open(caseId, point.get(), other.orElse(null));
    }

    private void showSingle(CaseAsOf at) {
        H2 title = new H2(getTranslation("pit.at", PastCaseSections.pointName(at)));
        title.setId("pit-at");
        Paragraph recorded = new Paragraph(getTranslation("pit.at.recorded", at.position(),
                Dates.format(at.recordedAt())));
        recorded.addClassName("secondary-text");
        result.add(title, recorded, PastCaseSections.facts(at));
        PastCaseSections.plan(at).ifPresent(result::add);
        PastCaseSections.grants(at, institutions.names()).ifPresent(result::add);
        Div timeline = new Div(new H2(getTranslation("pit.timeline.title", at.timeline().size())));
        timeline.addClassName("pit-section");
        timeline.add(PastCaseSections.timeline("pit-timeline", getTranslation("timeline.title"), at.timeline(),
                institutions));
        result.add(timeline);
    }

    private void showComparison(CaseComparison both) {
        H2 title = new H2(getTranslation("pit.compare.title", PastCaseSections.pointName(both.earlier()),
                PastCaseSections.pointName(both.later())));
        title.setId("pit-at");
        result.add(title, PastCaseSections.factsCompared(both));
        PastCaseSections.planCompared(both).ifPresent(result::add);
        PastCaseSections.grantsCompared(both, institutions.names()).ifPresent(result::add);
        Div added = new Div(new H2(getTranslation("pit.compare.added", both.addedBetween().size())));
        added.addClassName("pit-section");
        added.add(PastCaseSections.timeline("pit-added", getTranslation("pit.compare.added.label"),
                both.addedBetween(), institutions));
        result.add(added);
    }


    @Override
    public String getPageTitle() {
        String family = single != null ? single.details().familyName()
                : comparison != null ? comparison.later().details().familyName() : null;
        return getTranslation("page.title", family == null ? getTranslation("pit.title")
                : getTranslation("pit.title.family", family));
    }
}
