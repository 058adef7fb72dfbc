package pl.asysta.cases.history.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.RouterLink;

import pl.asysta.cases.familycase.ui.CaseHistoryLinks;
import pl.asysta.cases.history.HistoryPoint;
import pl.asysta.shared.CaseId;

/** The links to the case file as it stood after an event, for the features that cannot name this one. */
@Component
class HistoryLinks implements CaseHistoryLinks {

    @Override
    public RouterLink atPosition(String text, CaseId caseId, long position) {
        return CaseHistoryPages.link(text, caseId, HistoryPoint.position(position));
    }
}
