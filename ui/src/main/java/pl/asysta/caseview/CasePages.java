package pl.asysta.caseview;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import pl.asysta.shared.CaseId;

/** Typed ways to a case page, for the start pages and the intake form (the view itself is not public). */
public final class CasePages {

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
        return CaseView.ROUTE_PREFIX + caseId.value();
    }

    private static RouteParameters parameters(CaseId caseId) {
        return new RouteParameters(CaseView.CASE_ID, caseId.value());
    }
}
