package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.Component;

/**
 * The case's shared timeline, for a page of the case that shows it beside its own content (a court opinion is
 * written beside it). The timeline's feature provides it; the features that show it cannot name that feature.
 */
public interface CaseTimeline {

    /** The timeline of the open case, within what the person may read. */
    Component of(OpenCase open);
}
