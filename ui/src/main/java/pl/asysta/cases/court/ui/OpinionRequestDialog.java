package pl.asysta.cases.court.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.institutions.Institution;
import pl.asysta.shared.Actor;
import pl.asysta.shared.InstitutionKind;

/**
 * The court asks a centre for an opinion on a family (uwr art. 15 ust. 1 pkt 17). The court does not see the
 * centre's families: it names one member by surname and date of birth, which must point at exactly one family;
 * the dialog says so, and that every attempt is recorded.
 */
class OpinionRequestDialog extends CommandDialog {

    /** Four weeks: the usual time a court gives a centre for an opinion. */
    private static final int DEFAULT_DAYS = 28;

    private final transient OpinionCommands commands;
    private final transient Actor actor;
    private final LocalDate today;
    private final ComboBox<Institution> centre = new ComboBox<>();
    private final TextField surname = Fields.line(getTranslation("court.request.surname"), true);
    private final DatePicker birthDate = Dates.picker(getTranslation("court.request.birth-date"), true);
    private final TextField reference = Fields.line(getTranslation("court.request.reference"), true);
    private final TextArea questions = Fields.text(getTranslation("court.request.questions"), true);
    private final DatePicker deadline = Dates.picker(getTranslation("court.request.deadline"), true);

    OpinionRequestDialog(ErrorMessages errors, List<Institution> registered, OpinionCommands commands, Actor actor,
                         LocalDate today) {
        super("court.request.dialog.title", errors);
        this.commands = commands;
        this.actor = actor;
        this.today = today;
        saveText("court.request.save");

        List<Institution> centres = registered.stream()
                .filter(institution -> institution.kind() == InstitutionKind.SOCIAL_WELFARE_CENTRE).toList();
        centre.setId("court-request-centre");
        centre.setLabel(getTranslation("court.request.centre"));
        centre.setItems(centres);
        centre.setItemLabelGenerator(Institution::name);
        centre.setRequiredIndicatorVisible(true);
        if (centres.size() == 1) {
            centre.setValue(centres.getFirst());
        }
        surname.setId("court-request-surname");
        birthDate.setId("court-request-birth-date");
        birthDate.setMax(today);
        reference.setId("court-request-reference");
        reference.setHelperText(getTranslation("court.request.reference.hint"));
        questions.setId("court-request-questions");
        deadline.setId("court-request-deadline");
        deadline.setValue(today.plusDays(DEFAULT_DAYS));

        Paragraph familyHint = new Paragraph(getTranslation("court.request.family-hint"));
        familyHint.addClassName("form-hint");
        form.add(centre, 2);
        form.add(familyHint, 2);
        form.add(surname, birthDate);
        form.add(reference, deadline);
        form.add(questions, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(centre).required(surname).notAfter(birthDate, today).required(reference)
                .required(questions).required(deadline);
        if (deadline.getValue() != null) {
            checks.check(deadline, deadline.getValue().isAfter(today), "rule.opinion.deadline-not-in-future");
        }
    }

    @Override
    protected Recorded submit() {
        return commands.request(centre.getValue().id(), Fields.value(surname), birthDate.getValue(),
                Fields.value(reference), Fields.value(questions), deadline.getValue(), actor).recorded();
    }
}
