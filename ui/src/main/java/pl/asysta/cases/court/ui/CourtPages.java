package pl.asysta.cases.court.ui;

import com.vaadin.flow.component.Component;

/** The typed way to the family court's start page, for the list of start pages (the view is not public). */
public final class CourtPages {

    private CourtPages() {
    }

    /** The court's start page. */
    public static Class<? extends Component> start() {
        return CourtStartView.class;
    }
}
