package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordInterview;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** The social worker's environmental interview (uwr art. 11): when, what was found, which difficulties. */
class InterviewDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final DatePicker conductedOn = Dates.picker(getTranslation("interview.date"), true);
    private final TextArea findings = Fields.text(getTranslation("interview.findings"), true);
    private final TextArea difficulties = Fields.text(getTranslation("interview.difficulties"), false);

    InterviewDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("interview.title", errors);
        this.context = context;
        this.commands = commands;
        conductedOn.setId("interview-date");
        conductedOn.setValue(context.today());
        conductedOn.setMax(context.today());
        findings.setId("interview-findings");
        difficulties.setId("interview-difficulties");
        difficulties.setHelperText(getTranslation("form.one-per-line"));
        form.add(conductedOn);
        form.add(findings, 2);
        form.add(difficulties, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.notAfter(conductedOn, context.today()).required(findings);
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), new RecordInterview(conductedOn.getValue(),
                Fields.value(findings), Fields.lines(difficulties)), context.actor());
    }
}
