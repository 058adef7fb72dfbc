package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.CaseDetails.FosterPlacementRow;
import pl.asysta.cases.familycase.domain.ChildSupportStep.ConsultFosterCareCoordinator;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** A note on coordinating the family plan with the foster-care coordinator, for one child in foster care. */
class CoordinationDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final ComboBox<FosterPlacementRow> child = new ComboBox<>();
    private final TextArea note = Fields.text(getTranslation("coordination.note"), true);

    CoordinationDialog(OpenCase context, CaseCommands commands, ErrorMessages errors) {
        super("coordination.title", errors);
        this.context = context;
        this.commands = commands;
        child.setId("coordination-child");
        child.setLabel(getTranslation("foster.child"));
        child.setItems(context.details().fosterPlacements());
        child.setItemLabelGenerator(FosterPlacementRow::childName);
        child.setRequiredIndicatorVisible(true);
        if (context.details().fosterPlacements().size() == 1) {
            child.setValue(context.details().fosterPlacements().getFirst());
        }
        note.setId("coordination-note");
        form.add(child);
        form.add(note, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(child).required(note);
    }

    @Override
    protected Recorded submit() {
        return commands.take(context.caseId(),
                new ConsultFosterCareCoordinator(child.getValue().memberId(), Fields.value(note)), context.actor());
    }
}
