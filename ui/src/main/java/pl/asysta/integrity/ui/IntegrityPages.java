package pl.asysta.integrity.ui;

import com.vaadin.flow.router.RouterLink;

/** A typed way to the integrity check, for the auditor's start page (the view itself is not public). */
public final class IntegrityPages {

    private IntegrityPages() {
    }

    public static RouterLink link(String text) {
        RouterLink link = new RouterLink(text, IntegrityView.class);
        link.setId("audit-link-integrity");
        return link;
    }
}
