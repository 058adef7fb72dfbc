package pl.asysta.cases.familycase.domain;

import static pl.asysta.cases.access.domain.TeamRole.SOCIAL_WORKER;
import static pl.asysta.cases.familycase.domain.CaseRules.required;

import java.util.List;

import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionCompleted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionDropped;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionProgressed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.SocialWorkerConsulted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.cases.familycase.domain.FamilyCaseState.PlanActionState;
import pl.asysta.cases.familycase.domain.PlanStep.AdoptWorkPlan;
import pl.asysta.cases.familycase.domain.PlanStep.CompleteAction;
import pl.asysta.cases.familycase.domain.PlanStep.ConsultPlan;
import pl.asysta.cases.familycase.domain.PlanStep.DropAction;
import pl.asysta.cases.familycase.domain.PlanStep.NoteActionProgress;
import pl.asysta.shared.Author;
import pl.asysta.shared.DomainRuleViolation;

/**
 * The family work plan (uwr art. 15 ust. 1 pkt 1, ust. 3): the assigned assistant drafts each new version with the
 * family and follows its actions; the social worker gives an opinion on an adopted version.
 */
final class WorkPlan {

    private WorkPlan() {
    }

    static Permission permission(StepKind kind, Situation now) {
        FamilyCaseState state = now.state();
        return switch (kind) {
            case ADOPT_PLAN, NOTE_ACTION_PROGRESS, COMPLETE_ACTION, DROP_ACTION ->
                    now.assignedAssistant().and(state.active(), "case.not-active");
            case CONSULT_PLAN -> now.in(SOCIAL_WORKER).and(state.active(), "case.not-active")
                    .and(state.planVersion() > 0, "case.plan-version-unknown", 1);
            default -> throw new IllegalArgumentException(kind + " is no step of the work plan");
        };
    }

    static List<FamilyCaseEvent> decide(PlanStep step, Author author, Situation now) {
        FamilyCaseState state = now.state();
        return switch (step) {
            case AdoptWorkPlan plan -> adopt(plan, author, now);
            case ConsultPlan consultation -> {
                if (consultation.planVersion() < 1 || consultation.planVersion() > state.planVersion()) {
                    throw new DomainRuleViolation("case.plan-version-unknown", consultation.planVersion());
                }
                required(consultation.opinion(), "opinion");
                yield List.of(new SocialWorkerConsulted(state.caseId(), consultation.planVersion(),
                        consultation.opinion(), author));
            }
            case NoteActionProgress progress -> {
                openAction(state, progress.actionId());
                required(progress.note(), "note");
                yield List.of(new PlanActionProgressed(state.caseId(), progress.actionId(), progress.note(),
                        now.today(), author));
            }
            case CompleteAction completion -> {
                openAction(state, completion.actionId());
                required(completion.outcome(), "outcome");
                yield List.of(new PlanActionCompleted(state.caseId(), completion.actionId(), completion.outcome(),
                        now.today(), author));
            }
            case DropAction drop -> {
                openAction(state, drop.actionId());
                required(drop.reason(), "reason");
                yield List.of(new PlanActionDropped(state.caseId(), drop.actionId(), drop.reason(), now.today(),
                        author));
            }
        };
    }

    /**
     * A new version of the plan. The assistant states which version they revised; if someone adopted another
     * meanwhile, nothing is overwritten.
     */
    private static List<FamilyCaseEvent> adopt(AdoptWorkPlan plan, Author author, Situation now) {
        FamilyCaseState state = now.state();
        if (plan.revisedVersion() != state.planVersion()) {
            throw new DomainRuleViolation("case.plan-changed-meanwhile", state.planVersion());
        }
        required(plan.goals(), "goals");
        if (plan.actions().isEmpty()) {
            throw new DomainRuleViolation("case.plan-without-actions");
        }
        plan.actions().forEach(action -> CaseRules.planActionHasDeadlineAndExpectedEffect(action, now.today()));
        return List.of(new WorkPlanAdopted(state.caseId(), state.planVersion() + 1, plan.goals(), plan.actions(),
                now.today(), author));
    }

    private static void openAction(FamilyCaseState state, String actionId) {
        PlanActionState action = state.action(actionId)
                .orElseThrow(() -> new DomainRuleViolation("case.plan-action-unknown"));
        if (action != PlanActionState.OPEN) {
            throw new DomainRuleViolation("case.plan-action-finished");
        }
    }
}
