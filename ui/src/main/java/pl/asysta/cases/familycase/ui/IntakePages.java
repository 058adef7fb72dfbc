package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.UI;

/** The typed way to the intake form, for the social worker's start page (the view itself is not public). */
public final class IntakePages {

    private IntakePages() {
    }

    public static void open() {
        UI.getCurrent().navigate(IntakeView.class);
    }
}
