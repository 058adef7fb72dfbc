package pl.asysta.cases.familycase.domain;

import java.util.function.Supplier;

/**
 * One step someone takes on a family case, with what they typed: a record per step, grouped by the stage of the
 * case it belongs to. Who takes it and on which day travel beside it; the case decides.
 */
public sealed interface CaseStep
        permits IntakeStep, AssignmentStep, PlanStep, DocumentationStep, ChildSupportStep, ClosureStep {

    StepKind stepKind();

    /**
     * The step with ids given to whatever it creates that has none yet (a work entry, a new plan action). Ids are
     * made at the edge, so the caller supplies them.
     */
    default CaseStep identified(Supplier<String> newId) {
        return this;
    }
}
