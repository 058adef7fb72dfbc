package pl.asysta.cases.familycase.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.ActionStatus;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.PlanStep.AdoptWorkPlan;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.RepeatingRows;
import pl.asysta.institutions.Institution;

/**
 * Adopts a new version of the work plan, drafted with the family (uwr art. 15 ust. 1 pkt 1). It starts from the
 * version in force: its goals and its open actions, which keep their identity; finished actions stay in the
 * earlier version. If someone adopted another version meanwhile, the server refuses and everything typed stays.
 */
class AdoptPlanDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final int revisedVersion;
    private final TextArea goals = Fields.text(getTranslation("plan.goals"), true);
    private final RepeatingRows<PlanActionEditor> actions;

    /** {@code current} is the version in force when the dialog opens, if the case has a plan yet. */
    AdoptPlanDialog(OpenCase context, Optional<PlanVersionDetails> current, List<Institution> registered,
                    CaseCommands commands, ErrorMessages errors) {
        super("plan.adopt.title", errors, current.map(plan -> plan.version() + 1).orElse(1));
        this.context = context;
        this.commands = commands;
        this.revisedVersion = current.map(PlanVersionDetails::version).orElse(0);
        setWidth("min(64rem, 100vw)");
        String assistantName = context.details().assistantName();
        List<Institution> owners = PlanActionEditor.owningInstitutions(registered);
        actions = new RepeatingRows<>("plan.action.legend", "plan.action.add", "plan.action.remove",
                number -> new PlanActionEditor(null, assistantName, owners));
        actions.setId("plan-action-rows");
        goals.setId("plan-goals-field");
        current.ifPresent(inForce -> {
            goals.setValue(inForce.goals() == null ? "" : inForce.goals());
            inForce.actions().stream()
                    .filter(action -> action.status() == ActionStatus.OPEN)
                    .map(action -> new PlanAction(action.actionId(), action.description(), action.owner(),
                            action.deadline(), action.expectedEffect()))
                    .forEach(action -> actions.add(new PlanActionEditor(action, assistantName, owners)));
        });
        if (actions.rows().isEmpty()) {
            actions.add(new PlanActionEditor(null, assistantName, owners));
        }
        form.add(goals, 2);
        sectionTitle("plan.actions.title");
        form.add(actions, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(goals);
        actions.rows().forEach(row -> row.check(checks, context.today()));
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), new AdoptWorkPlan(revisedVersion, Fields.value(goals),
                actions.rows().stream().map(PlanActionEditor::value).toList()), context.actor());
    }
}
