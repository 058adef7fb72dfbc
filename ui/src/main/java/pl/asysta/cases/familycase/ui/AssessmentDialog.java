package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.DocumentationStep.RecordAssessment;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/**
 * The periodic assessment of the family's situation, due at least every six months (uwr art. 15 ust. 1,
 * art. 17); recording it moves the next due date on.
 */
class AssessmentDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final DatePicker assessedOn = Dates.picker(getTranslation("assessment.date"), true);
    private final TextArea situation = Fields.text(getTranslation("assessment.situation"), true);
    private final TextArea progress = Fields.text(getTranslation("assessment.progress"), true);
    private final Checkbox continueWork = new Checkbox(getTranslation("assessment.continue"), true);

    AssessmentDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("assessment.title", errors);
        this.context = context;
        this.commands = commands;
        assessedOn.setId("assessment-date");
        assessedOn.setValue(context.today());
        situation.setId("assessment-situation");
        progress.setId("assessment-progress");
        continueWork.setId("assessment-continue");
        form.add(assessedOn);
        form.add(situation, 2);
        form.add(progress, 2);
        form.add(continueWork, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.notAfter(assessedOn, context.today()).required(situation).required(progress);
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), new RecordAssessment(assessedOn.getValue(),
                Fields.value(situation), Fields.value(progress), continueWork.getValue()), context.actor());
    }
}
