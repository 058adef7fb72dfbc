package pl.asysta.cases.familycase.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.eventstore.Recorded;

/** The steps the person may take on the case now, right below the way to the file as it stood. */
@Component
class ActionsSection implements CaseSection {

    static final int ORDER = 200;

    private final CaseStepDialogs dialogs;

    ActionsSection(CaseStepDialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> panel(OpenCase open) {
        return Optional.of(new CaseActions(open, dialogs));
    }

    /** Which steps the case permits follows every step taken on it. */
    @Override
    public boolean staleAfter(Recorded recorded) {
        return recorded.stored(FamilyCaseEvent.class);
    }
}
