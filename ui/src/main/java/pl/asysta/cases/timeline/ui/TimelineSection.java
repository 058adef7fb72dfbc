package pl.asysta.cases.timeline.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.ui.CaseSection;
import pl.asysta.cases.familycase.ui.CaseTimeline;
import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.eventstore.Recorded;
import pl.asysta.institutions.ui.InstitutionDirectory;

/**
 * The case's shared chronology on the case page, below what the features hold of the case and above who opened
 * the file; and the same timeline for a page that shows it beside its own content (a court opinion).
 */
@Component
class TimelineSection implements CaseSection, CaseTimeline {

    static final int ORDER = 700;

    private final TimelineQueries timeline;
    private final InstitutionDirectory institutions;

    TimelineSection(TimelineQueries timeline, InstitutionDirectory institutions) {
        this.timeline = timeline;
        this.institutions = institutions;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> panel(OpenCase open) {
        return Optional.of(of(open));
    }

    @Override
    public com.vaadin.flow.component.Component of(OpenCase open) {
        return new TimelineGrid(open, timeline, institutions);
    }

    /** Every event of the case is an entry of its timeline. */
    @Override
    public boolean staleAfter(Recorded recorded) {
        return !recorded.events().isEmpty();
    }
}
