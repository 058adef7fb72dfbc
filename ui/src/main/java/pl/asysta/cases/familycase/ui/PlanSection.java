package pl.asysta.cases.familycase.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.eventstore.Recorded;
import pl.asysta.shared.DataCategory;

/** The family work plan with all its versions, for those who may read the case's PLAN information. */
@Component
class PlanSection implements CaseSection {

    static final int ORDER = 300;

    private final CaseFileQueries fileQueries;
    private final CaseStepDialogs dialogs;

    PlanSection(CaseFileQueries fileQueries, CaseStepDialogs dialogs) {
        this.fileQueries = fileQueries;
        this.dialogs = dialogs;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> panel(OpenCase open) {
        if (!open.details().visibleCategories().contains(DataCategory.PLAN)) {
            return Optional.empty();
        }
        return Optional.of(new WorkPlanPanel(open, fileQueries.workPlan(open.file()), dialogs));
    }

    /** A new version, an action's progress, and who may follow the actions up all come with the case's events. */
    @Override
    public boolean staleAfter(Recorded recorded) {
        return recorded.stored(FamilyCaseEvent.class);
    }
}
