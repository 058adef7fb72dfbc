package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import pl.asysta.shared.CaseId;

/**
 * Typed ways to a case page, for the start pages and the intake form (the view itself is not public), and its
 * address, under which the pages about one case (its opinions, the file as it stood) have theirs.
 */
public final class CasePages {

    /** The name of the case's id in the addresses of the case's pages. */
    public static final String CASE_ID = "caseId";
    public static final String ROUTE_PREFIX = "cases/";
    /** The case page's route; the pages about the case extend it. */
    public static final String ROUTE = ROUTE_PREFIX + ":" + CASE_ID;

    private CasePages() {
    }

    public static RouterLink link(String text, CaseId caseId) {
        RouterLink link = new RouterLink(text, CaseView.class, parameters(caseId));
        link.addClassName("case-link");
        return link;
    }

    public static void open(CaseId caseId) {
        UI.getCurrent().navigate(CaseView.class, parameters(caseId));
    }

    /** The address of the case page, relative to the portal's root. */
    public static String location(CaseId caseId) {
        return ROUTE_PREFIX + caseId.value();
    }

    private static RouteParameters parameters(CaseId caseId) {
        return new RouteParameters(CASE_ID, caseId.value());
    }
}
