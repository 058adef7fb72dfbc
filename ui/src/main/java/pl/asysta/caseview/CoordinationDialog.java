package pl.asysta.caseview;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseDetails.FosterPlacementRow;
import pl.asysta.cases.familycase.domain.ChildSupportStep.ConsultFosterCareCoordinator;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;

/** A note on coordinating the family plan with the foster-care coordinator, for one child in foster care. */
class CoordinationDialog extends CommandDialog {

    private final CaseContext context;
    private final ComboBox<FosterPlacementRow> child = new ComboBox<>();
    private final TextArea note = Fields.text(getTranslation("coordination.note"), true);

    CoordinationDialog(CaseContext context) {
        super("coordination.title", context.services().errors());
        this.context = context;
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
    protected void submit() {
        context.services().commands().take(context.caseId(),
                new ConsultFosterCareCoordinator(child.getValue().memberId(), Fields.value(note)), context.actor());
    }
}
