package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.DocumentationStep.DocumentWork;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;
import pl.asysta.shared.DataCategory;

/**
 * The assistant documents a piece of work (uwr art. 15 ust. 1 pkt 12): a home visit, a consultation, a crisis
 * intervention when a child is at risk, a contact with an institution. The data category decides who may read
 * the entry later (docs/access-matrix.md), so it is asked for explicitly.
 */
class DocumentWorkDialog extends CommandDialog {

    private static final int MAX_MINUTES = 24 * 60;

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final ComboBox<WorkKind> kind = new ComboBox<>();
    private final DatePicker date = Dates.picker(getTranslation("work.date"), true);
    private final IntegerField duration = Fields.number(getTranslation("work.duration"), 1, MAX_MINUTES, 60);
    private final TextArea participants = Fields.text(getTranslation("work.participants"), false);
    private final TextArea notes = Fields.text(getTranslation("work.notes"), true);
    private final ComboBox<DataCategory> category = new ComboBox<>();

    DocumentWorkDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("work.title", errors);
        this.context = context;
        this.commands = commands;
        kind.setId("work-kind");
        kind.setLabel(getTranslation("work.kind"));
        kind.setItems(WorkKind.values());
        kind.setItemLabelGenerator(value -> Labels.of(Labels.WORK_KIND, value));
        kind.setRequiredIndicatorVisible(true);
        kind.setValue(WorkKind.HOME_VISIT);
        date.setId("work-date");
        date.setValue(context.today());
        duration.setId("work-duration");
        duration.setHelperText(getTranslation("work.duration.hint"));
        participants.setId("work-participants");
        participants.setHelperText(getTranslation("form.one-per-line"));
        notes.setId("work-notes");
        notes.setMinRows(5);
        category.setId("work-category");
        category.setLabel(getTranslation("work.category"));
        category.setItems(DataCategory.values());
        category.setItemLabelGenerator(value -> Labels.of(Labels.DATA_CATEGORY, value));
        category.setRequiredIndicatorVisible(true);
        category.setValue(DataCategory.VISITS);
        category.setHelperText(getTranslation("work.category.hint"));
        form.add(kind, date, duration, category);
        form.add(participants, 2);
        form.add(notes, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(kind).notAfter(date, context.today()).required(duration).required(notes).required(category);
        if (duration.getValue() != null) {
            checks.check(duration, duration.getValue() >= 1 && duration.getValue() <= MAX_MINUTES,
                    "work.duration.range", MAX_MINUTES);
        }
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(), new DocumentWork(null, kind.getValue(), date.getValue(),
                duration.getValue(), Fields.lines(participants), Fields.value(notes), category.getValue()),
                context.actor());
    }
}
