package pl.asysta.cases.familycase.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.cases.familycase.domain.PlanStep.ConsultPlan;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** The social worker's opinion on a version of the work plan, which is drafted in consultation with them. */
class ConsultPlanDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final ComboBox<PlanVersionDetails> version = new ComboBox<>();
    private final TextArea opinion = Fields.text(getTranslation("consult.opinion"), true);

    /** {@code plan} holds every version of the plan, the one in force first. */
    ConsultPlanDialog(OpenCase context, List<PlanVersionDetails> plan, CaseCommands commands, ErrorMessages errors) {
        super("consult.title", errors);
        this.context = context;
        this.commands = commands;
        version.setId("consult-version");
        version.setLabel(getTranslation("consult.version"));
        version.setItems(plan);
        version.setItemLabelGenerator(each -> getTranslation("plan.version.heading", each.version()));
        version.setRequiredIndicatorVisible(true);
        plan.stream().findFirst().ifPresent(version::setValue);
        opinion.setId("consult-opinion");
        form.add(version);
        form.add(opinion, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(version).required(opinion);
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), new ConsultPlan(version.getValue().version(),
                Fields.value(opinion)), context.actor());
    }
}
