package pl.asysta.cases.familycase.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.CaseloadRow;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.domain.AssignmentStep.AssignAssistant;
import pl.asysta.cases.familycase.domain.AssignmentStep.ReassignAssistant;
import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.staff.StaffDirectory;
import pl.asysta.staff.StaffMember;

/**
 * The head of the centre assigns an assistant to a family (uwr art. 11), or hands the case to another one with a
 * reason. Each assistant is offered with their caseload against the cap of fifteen families (art. 15 ust. 4); a
 * full assistant can still be picked, and the server then says why that is refused.
 */
class AssignAssistantDialog extends CommandDialog {

    private final transient CaseCommands commands;
    private final transient Actor actor;
    private final CaseId caseId;
    private final boolean reassignment;
    private final ComboBox<StaffMember> assistant = new ComboBox<>();
    private final DatePicker assignedOn;
    private final TextArea reason = Fields.text(getTranslation("assign.reason"), true);

    /**
     * Assigns an assistant to the family, or hands it from {@code current} to another one when it has one. The
     * assistants of the head's centre are offered with their caseloads.
     */
    AssignAssistantDialog(Actor actor, CaseId caseId, String familyName, UserId current, LocalDate today,
                          CaseCommands commands, WorkListQueries workLists, StaffDirectory staff,
                          ErrorMessages errors) {
        super(current == null ? "assign.title" : "reassign.title", errors, familyName);
        this.commands = commands;
        this.actor = actor;
        this.caseId = caseId;
        this.reassignment = current != null;
        saveText(reassignment ? "reassign.save" : "assign.save");

        Map<UserId, CaseloadRow> caseloads = workLists.caseloads(actor).stream()
                .collect(Collectors.toMap(CaseloadRow::assistantId, Function.identity(), (a, b) -> a));
        assistant.setId("assign-assistant");
        assistant.setLabel(getTranslation("assign.assistant"));
        assistant.setRequiredIndicatorVisible(true);
        assistant.setItems(staff.withRole(Role.FAMILY_ASSISTANT, actor.institutionId()).stream()
                .filter(member -> !member.userId().equals(current))
                .toList());
        assistant.setItemLabelGenerator(member -> {
            CaseloadRow load = caseloads.get(member.userId());
            int families = load == null ? 0 : load.activeFamilies();
            return getTranslation("assign.assistant.caseload", member.displayName(), families,
                    load == null ? CaseRules.MAX_FAMILIES_PER_ASSISTANT : load.cap());
        });
        assignedOn = Dates.picker(getTranslation(reassignment ? "reassign.date" : "assign.date"), true);
        assignedOn.setId("assign-date");
        assignedOn.setValue(today);
        reason.setId("assign-reason");
        form.add(assistant, assignedOn);
        if (reassignment) {
            form.add(reason, 2);
        }
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(assistant).required(assignedOn);
        if (reassignment) {
            checks.required(reason);
        }
    }

    @Override
    protected Recorded submit() {
        StaffMember chosen = assistant.getValue();
        return commands.take(caseId, reassignment
                ? new ReassignAssistant(chosen.userId(), chosen.displayName(), Fields.value(reason),
                        assignedOn.getValue())
                : new AssignAssistant(chosen.userId(), chosen.displayName(), assignedOn.getValue()), actor);
    }
}
