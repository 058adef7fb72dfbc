package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.PlanVersionDetails.PlanActionRow;
import pl.asysta.cases.familycase.domain.PlanStep.CompleteAction;
import pl.asysta.cases.familycase.domain.PlanStep.DropAction;
import pl.asysta.cases.familycase.domain.PlanStep.NoteActionProgress;
import pl.asysta.cases.familycase.domain.PlanStep;
import pl.asysta.cases.familycase.domain.StepKind;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** A step on one plan action: a progress note, its completion with the outcome, or dropping it with a reason. */
class ActionStepDialog extends CommandDialog {

    /** What happens to the action; each step has its own button, title and question. */
    enum Step {
        PROGRESS(StepKind.NOTE_ACTION_PROGRESS), COMPLETE(StepKind.COMPLETE_ACTION), DROP(StepKind.DROP_ACTION);

        private final StepKind kind;

        Step(StepKind kind) {
            this.kind = kind;
        }

        /** The kind of step on the case, which the case must permit for its button to be offered. */
        StepKind kind() {
            return kind;
        }

        PlanStep on(String actionId, String note) {
            return switch (this) {
                case PROGRESS -> new NoteActionProgress(actionId, note);
                case COMPLETE -> new CompleteAction(actionId, note);
                case DROP -> new DropAction(actionId, note);
            };
        }

        String buttonKey() {
            return "plan.step." + name().toLowerCase(java.util.Locale.ROOT) + ".button";
        }

        String titleKey() {
            return "plan.step." + name().toLowerCase(java.util.Locale.ROOT) + ".title";
        }

        String noteKey() {
            return "plan.step." + name().toLowerCase(java.util.Locale.ROOT) + ".note";
        }
    }

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final PlanActionRow action;
    private final Step step;
    private final TextArea note;

    ActionStepDialog(OpenCase context, CaseCommands commands, ErrorMessages errors, PlanActionRow action,
                     Step step) {
        super(step.titleKey(), errors);
        this.context = context;
        this.commands = commands;
        this.action = action;
        this.step = step;
        this.note = Fields.text(getTranslation(step.noteKey()), true);
        note.setId("action-step-note");
        Paragraph which = new Paragraph(getTranslation("plan.step.action", action.description()));
        form.add(which, 2);
        form.add(note, 2);
        onSaved(context.afterCommand());
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(note);
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), step.on(action.actionId(), Fields.value(note)),
                context.actor());
    }
}
