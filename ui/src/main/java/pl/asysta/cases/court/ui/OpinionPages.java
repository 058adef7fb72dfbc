package pl.asysta.cases.court.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.shared.CaseId;

/** Typed ways to the page of one court opinion beside its case's timeline (the view itself is not public). */
public final class OpinionPages {

    private OpinionPages() {
    }

    public static RouterLink link(String text, CaseId caseId, OpinionRequestId requestId) {
        RouterLink link = new RouterLink(text, OpinionView.class, parameters(caseId, requestId));
        link.addClassName("opinion-link");
        return link;
    }

    public static void open(CaseId caseId, OpinionRequestId requestId) {
        UI.getCurrent().navigate(OpinionView.class, parameters(caseId, requestId));
    }

    /** The address of the page, relative to the portal's root. */
    public static String location(CaseId caseId, OpinionRequestId requestId) {
        return CasePages.location(caseId) + "/" + OpinionView.SEGMENT + "/" + requestId.value();
    }

    private static RouteParameters parameters(CaseId caseId, OpinionRequestId requestId) {
        return new RouteParameters(java.util.Map.of(CasePages.CASE_ID, caseId.value(), OpinionView.REQUEST_ID,
                requestId.value()));
    }
}
