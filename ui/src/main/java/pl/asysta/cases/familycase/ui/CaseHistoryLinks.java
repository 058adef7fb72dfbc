package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.router.RouterLink;

import pl.asysta.shared.CaseId;

/**
 * The way to the case file as it stood right after one event of its history, for whatever records a position to
 * come back to (an opinion is written against the file as it then stood). The history's feature provides it; the
 * features that link to it cannot name that feature.
 */
public interface CaseHistoryLinks {

    /** A link to the case as it stood right after the event at {@code position}. */
    RouterLink atPosition(String text, CaseId caseId, long position);
}
