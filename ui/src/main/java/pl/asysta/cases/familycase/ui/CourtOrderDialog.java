package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordCourtOrder;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** A family court's order obliging the family to work with an assistant (Family Code art. 109). */
class CourtOrderDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final TextField court = Fields.line(getTranslation("court-order.court"), true);
    private final TextField fileReference = Fields.line(getTranslation("court-order.file-reference"), true);
    private final DatePicker issuedOn = Dates.picker(getTranslation("court-order.date"), true);

    CourtOrderDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("court-order.title", errors);
        this.context = context;
        this.commands = commands;
        court.setId("court-order-court");
        fileReference.setId("court-order-file-reference");
        fileReference.setHelperText(getTranslation("court-order.file-reference.hint"));
        issuedOn.setId("court-order-date");
        issuedOn.setMax(context.today());
        form.add(court, 2);
        form.add(fileReference, issuedOn);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(court).required(fileReference).notAfter(issuedOn, context.today());
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), new RecordCourtOrder(Fields.value(court),
                Fields.value(fileReference), issuedOn.getValue()), context.actor());
    }
}
