package pl.asysta.caseview;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.cases.familycase.domain.PlanStep.ConsultPlan;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** The social worker's opinion on a version of the work plan, which is drafted in consultation with them. */
class ConsultPlanDialog extends CommandDialog {

    private final CaseContext context;
    private final ComboBox<PlanVersionDetails> version = new ComboBox<>();
    private final TextArea opinion = Fields.text(getTranslation("consult.opinion"), true);

    ConsultPlanDialog(CaseContext context) {
        super("consult.title", context.services().errors());
        this.context = context;
        version.setId("consult-version");
        version.setLabel(getTranslation("consult.version"));
        version.setItems(context.plan());
        version.setItemLabelGenerator(plan -> getTranslation("plan.version.heading", plan.version()));
        version.setRequiredIndicatorVisible(true);
        context.currentPlan().ifPresent(version::setValue);
        opinion.setId("consult-opinion");
        form.add(version);
        form.add(opinion, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(version).required(opinion);
    }

    @Override
    protected void submit() {
        context.services().commands().take(context.caseId(), new ConsultPlan(version.getValue().version(),
                Fields.value(opinion)), context.actor());
    }
}
