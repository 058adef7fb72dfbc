package pl.asysta.cases.history.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.history.HistoryPoint;
import pl.asysta.shared.CaseId;

/**
 * Typed ways to a case as it stood at a point of its history ({@code cases/<id>/as-of/<point>}, ADR 0015), for the
 * case page, the auditor's start page and anything that records a position to come back to, such as an opinion
 * written against the case as it then stood.
 */
public final class CaseHistoryPages {

    private CaseHistoryPages() {
    }

    /** The page where the reader picks a day or a position of the case. */
    public static RouterLink link(String text, CaseId caseId) {
        return new RouterLink(text, CaseAsOfView.class, new RouteParameters(CaseAsOfView.CASE_ID, caseId.value()));
    }

    /** The case as it stood at the point; a moment has no address and is shown by its day. */
    public static RouterLink link(String text, CaseId caseId, HistoryPoint point) {
        return new RouterLink(text, CaseAsOfView.class, parameters(caseId, point));
    }

    public static void open(CaseId caseId) {
        UI.getCurrent().navigate(CaseAsOfView.class, new RouteParameters(CaseAsOfView.CASE_ID, caseId.value()));
    }

    /** Opens the case at {@code point}, compared with {@code comparedWith} when that is not {@code null}. */
    public static void open(CaseId caseId, HistoryPoint point, HistoryPoint comparedWith) {
        QueryParameters query = comparedWith == null ? QueryParameters.empty()
                : QueryParameters.of(CaseAsOfView.COMPARE, token(comparedWith));
        UI.getCurrent().navigate(CaseAsOfView.class, parameters(caseId, point), query);
    }

    /** The address of the page where the reader picks a point of the case, relative to the portal's root. */
    public static String location(CaseId caseId) {
        return CasePages.location(caseId) + "/" + CaseAsOfView.AS_OF;
    }

    /** The address of the case at the point, relative to the portal's root. */
    public static String location(CaseId caseId, HistoryPoint point) {
        return location(caseId) + "/" + token(point);
    }

    private static RouteParameters parameters(CaseId caseId, HistoryPoint point) {
        return new RouteParameters(java.util.Map.of(CaseAsOfView.CASE_ID, caseId.value(), CaseAsOfView.POINT,
                token(point)));
    }

    private static String token(HistoryPoint point) {
        return point.token().orElseGet(() -> point instanceof HistoryPoint.Moment moment
                ? moment.at().atZone(pl.asysta.time.ClockConfiguration.CENTRE_ZONE).toLocalDate().toString()
                : HistoryPoint.NOW);
    }
}
