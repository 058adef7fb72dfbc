package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.CaseDetails.MemberRow;
import pl.asysta.cases.familycase.domain.ChildSupportStep.RecordFosterCarePlacement;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.Role;
import pl.asysta.staff.StaffDirectory;
import pl.asysta.staff.StaffMember;

/**
 * A child of the family placed in foster care, with the PCPR coordinator the family plan is now coordinated with
 * and the reference of the child's assistance plan (uwr art. 15 ust. 1 pkt 2).
 */
class FosterPlacementDialog extends CommandDialog {

    private final OpenCase context;
    private final transient CaseCommands commands;
    private final ComboBox<MemberRow> child = new ComboBox<>();
    private final DatePicker placedOn = Dates.picker(getTranslation("foster.date"), true);
    private final TextField placement = Fields.line(getTranslation("foster.placement"), true);
    private final ComboBox<StaffMember> coordinator = new ComboBox<>();
    private final TextField planReference = Fields.line(getTranslation("foster.plan-reference"), false);

    FosterPlacementDialog(OpenCase context, StaffDirectory staff, InstitutionDirectory institutions,
                          CaseCommands commands, ErrorMessages errors) {
        super("foster.title", errors);
        this.context = context;
        this.commands = commands;
        child.setId("foster-child");
        child.setLabel(getTranslation("foster.child"));
        child.setItems(context.details().members().stream().filter(m -> m.kinship() == Kinship.CHILD).toList());
        child.setItemLabelGenerator(member -> member.firstName() + " " + member.lastName());
        child.setRequiredIndicatorVisible(true);
        placedOn.setId("foster-date");
        placedOn.setValue(context.today());
        placement.setId("foster-placement");
        placement.setHelperText(getTranslation("foster.placement.hint"));
        coordinator.setId("foster-coordinator");
        coordinator.setLabel(getTranslation("foster.coordinator"));
        coordinator.setItems(staff.withRole(Role.FOSTER_CARE_COORDINATOR));
        coordinator.setItemLabelGenerator(member -> member.displayName() + " – "
                + institutions.displayName(member.institutionId()));
        coordinator.setRequiredIndicatorVisible(true);
        planReference.setId("foster-plan-reference");
        form.add(child, placedOn);
        form.add(placement, 2);
        form.add(coordinator, planReference);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(child).notAfter(placedOn, context.today()).required(placement).required(coordinator);
    }

    @Override
    protected Recorded submit() {
        StaffMember chosen = coordinator.getValue();
        return commands.take(context.caseId(), new RecordFosterCarePlacement(child.getValue().memberId(),
                placedOn.getValue(), Fields.value(placement), chosen.userId(), chosen.displayName(),
                Fields.value(planReference)), context.actor());
    }
}
