package pl.asysta.cases.familycase.domain;

import java.util.List;
import java.util.function.Supplier;

/** The work plan: a new version of it, the social worker's opinion, and what happens to each of its actions. */
public sealed interface PlanStep extends CaseStep {

    /** {@code revisedVersion} is the plan version the assistant worked from (0 for the first plan). */
    record AdoptWorkPlan(int revisedVersion, String goals, List<PlanAction> actions) implements PlanStep {

        public AdoptWorkPlan {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }

        public StepKind stepKind() {
            return StepKind.ADOPT_PLAN;
        }

        /** New actions get an id; actions carried over from the earlier version keep theirs. */
        @Override
        public AdoptWorkPlan identified(Supplier<String> newId) {
            return new AdoptWorkPlan(revisedVersion, goals, actions.stream()
                    .map(action -> action.actionId() != null ? action : new PlanAction(newId.get(),
                            action.description(), action.owner(), action.deadline(), action.expectedEffect()))
                    .toList());
        }
    }

    record ConsultPlan(int planVersion, String opinion) implements PlanStep {

        public StepKind stepKind() {
            return StepKind.CONSULT_PLAN;
        }
    }

    record NoteActionProgress(String actionId, String note) implements PlanStep {

        public StepKind stepKind() {
            return StepKind.NOTE_ACTION_PROGRESS;
        }
    }

    record CompleteAction(String actionId, String outcome) implements PlanStep {

        public StepKind stepKind() {
            return StepKind.COMPLETE_ACTION;
        }
    }

    record DropAction(String actionId, String reason) implements PlanStep {

        public StepKind stepKind() {
            return StepKind.DROP_ACTION;
        }
    }
}
