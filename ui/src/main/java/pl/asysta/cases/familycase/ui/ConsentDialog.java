package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordConsent;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** The family's consent to work with an assistant (uwr art. 8 ust. 3): who consented, when, on which document. */
class ConsentDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final TextField person = Fields.line(getTranslation("consent.person"), true);
    private final DatePicker givenOn = Dates.picker(getTranslation("consent.date"), true);
    private final TextField document = Fields.line(getTranslation("consent.document"), true);

    ConsentDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("consent.title", errors);
        this.context = context;
        this.commands = commands;
        person.setId("consent-person");
        context.details().members().stream()
                .filter(member -> member.kinship() == Kinship.PARENT || member.kinship() == Kinship.GUARDIAN)
                .findFirst()
                .ifPresent(parent -> person.setValue(parent.firstName() + " " + parent.lastName()));
        givenOn.setId("consent-date");
        givenOn.setValue(context.today());
        givenOn.setMax(context.today());
        document.setId("consent-document");
        document.setHelperText(getTranslation("consent.document.hint"));
        form.add(person, givenOn, document);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(person).notAfter(givenOn, context.today()).required(document);
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), new RecordConsent(Fields.value(person),
                givenOn.getValue(), Fields.value(document)), context.actor());
    }
}
