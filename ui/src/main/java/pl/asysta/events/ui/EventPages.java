package pl.asysta.events.ui;

import com.vaadin.flow.router.RouterLink;

/** A typed way to the event browser, for the auditor's start page (the view itself is not public). */
public final class EventPages {

    private EventPages() {
    }

    public static RouterLink link(String text) {
        RouterLink link = new RouterLink(text, EventBrowserView.class);
        link.setId("audit-link-events");
        return link;
    }
}
