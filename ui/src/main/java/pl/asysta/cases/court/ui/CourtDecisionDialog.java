package pl.asysta.cases.court.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.OpinionRequestRow;
import pl.asysta.cases.court.domain.CourtDecisionKind;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;
import pl.asysta.shared.Actor;

/**
 * The court records a decision it took on the family of one of its requests: its kind, date, reference (the
 * request's unless another is given) and a short summary. It lands on the case's timeline in the COURT category;
 * an order to work with an assistant becomes the centre's legal basis only when the centre records it.
 */
class CourtDecisionDialog extends CommandDialog {

    private final transient OpinionCommands commands;
    private final OpinionRequestRow request;
    private final transient Actor actor;
    private final LocalDate today;
    private final ComboBox<CourtDecisionKind> kind = new ComboBox<>();
    private final DatePicker decidedOn = Dates.picker(getTranslation("court.decision.date"), true);
    private final TextField reference = Fields.line(getTranslation("court.decision.reference"), false);
    private final TextArea summary = Fields.text(getTranslation("court.decision.summary"), true);

    CourtDecisionDialog(ErrorMessages errors, OpinionCommands commands, OpinionRequestRow request, Actor actor,
                        LocalDate today) {
        super("court.decision.dialog.title", errors, request.familyName());
        this.commands = commands;
        this.request = request;
        this.actor = actor;
        this.today = today;
        saveText("court.decision.save");
        kind.setId("court-decision-kind");
        kind.setLabel(getTranslation("court.decision.kind"));
        kind.setItems(List.of(CourtDecisionKind.values()));
        kind.setItemLabelGenerator(value -> Labels.of("court.decision.kind", value));
        kind.setRequiredIndicatorVisible(true);
        decidedOn.setId("court-decision-date");
        decidedOn.setMax(today);
        decidedOn.setValue(today);
        reference.setId("court-decision-reference");
        reference.setPlaceholder(request.reference().value());
        reference.setHelperText(getTranslation("court.decision.reference.hint", request.reference().value()));
        summary.setId("court-decision-summary");
        Paragraph note = new Paragraph(getTranslation("court.decision.note"));
        note.addClassName("form-hint");
        form.add(kind, decidedOn);
        form.add(reference, 2);
        form.add(summary, 2);
        form.add(note, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(kind).notAfter(decidedOn, today).required(summary);
    }

    @Override
    protected Recorded submit() {
        return commands.recordDecision(request.requestId(), kind.getValue(), decidedOn.getValue(),
                Fields.value(reference), Fields.value(summary), actor).recorded();
    }
}
