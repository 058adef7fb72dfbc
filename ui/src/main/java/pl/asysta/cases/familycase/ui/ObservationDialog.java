package pl.asysta.cases.familycase.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.DocumentationStep.RecordObservation;
import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;
import pl.asysta.shared.DataCategory;

/**
 * What another institution adds to the case it was given access to: a school's or a health service's
 * observation in a category its grant covers, or an interdisciplinary team's meeting note or decision, which are
 * always about domestic violence (ustawa o przeciwdziałaniu przemocy domowej art. 9a-9b).
 */
class ObservationDialog extends CommandDialog {

    static final String KIND = "case.observation.kind";

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final ObservationKind kind;
    private final ComboBox<DataCategory> category = new ComboBox<>();
    private final DatePicker observedOn = Dates.picker(getTranslation("case.observation.field.date"), true);
    private final TextArea text = Fields.text(getTranslation("case.observation.field.text"), true);

    ObservationDialog(OpenCase context, CaseCommands commands, ErrorMessages errors, ObservationKind kind) {
        super(KIND + "." + kind.name(), errors);
        this.context = context;
        this.commands = commands;
        this.kind = kind;
        category.setId("observation-category");
        category.setLabel(getTranslation("case.observation.field.category"));
        category.setItemLabelGenerator(value -> Labels.of(Labels.DATA_CATEGORY, value));
        category.setRequiredIndicatorVisible(true);
        observedOn.setId("observation-date");
        observedOn.setValue(context.today());
        observedOn.setMax(context.today());
        text.setId("observation-text");
        text.setMinRows(5);
        if (kind == ObservationKind.OBSERVATION) {
            List<DataCategory> writable = categoriesFor(context);
            category.setItems(writable);
            category.setHelperText(getTranslation("case.observation.field.category.hint"));
            if (writable.size() == 1) {
                category.setValue(writable.getFirst());
            }
            form.add(category, observedOn);
        } else {
            Paragraph fixed = new Paragraph(getTranslation("case.observation.violence-only",
                    Labels.of(Labels.DATA_CATEGORY, DataCategory.VIOLENCE)));
            fixed.addClassName("form-hint");
            fixed.setId("observation-category-fixed");
            form.add(fixed, 2);
            form.add(observedOn);
        }
        form.add(text, 2);
    }

    /** The categories the institution's grants cover, which are the ones it may add to; never the ledger. */
    static List<DataCategory> categoriesFor(OpenCase context) {
        return context.details().visibleCategories().stream()
                .filter(visible -> visible != DataCategory.CONSENT)
                .sorted()
                .toList();
    }

    @Override
    protected void check(FieldChecks checks) {
        if (kind == ObservationKind.OBSERVATION) {
            checks.required(category);
        }
        checks.notAfter(observedOn, context.today()).required(text);
    }

    @Override
    protected Recorded submit() {
        DataCategory filedUnder = kind == ObservationKind.OBSERVATION ? category.getValue() : DataCategory.VIOLENCE;
        return commands.take(context.caseId(), new RecordObservation(kind, filedUnder,
                observedOn.getValue(), Fields.value(text)), context.actor());
    }
}
