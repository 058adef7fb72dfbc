package pl.asysta.cases.support.ui;

import com.vaadin.flow.component.Component;

/** The typed way to the supporting family's start page, for the list of start pages (the view is not public). */
public final class SupportingFamilyPages {

    private SupportingFamilyPages() {
    }

    /** The household's start page. */
    public static Class<? extends Component> start() {
        return SupportingFamilyStartView.class;
    }
}
