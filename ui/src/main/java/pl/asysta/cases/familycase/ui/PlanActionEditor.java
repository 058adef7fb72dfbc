package pl.asysta.cases.familycase.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;
import pl.asysta.forms.RepeatingRows;
import pl.asysta.institutions.Institution;
import pl.asysta.shared.InstitutionKind;

/**
 * One action of a plan being drafted: what, who carries it out (a family member, the assistant or an
 * institution), by when and with which expected effect (uwr art. 15 ust. 3). An action carried over from the
 * previous version keeps its id, and so its history of progress notes.
 */
class PlanActionEditor implements RepeatingRows.Row {

    private final FieldSet fieldSet = new FieldSet();
    private final String actionId;
    private String ownerReference;
    final TextField description = Fields.line(I18NProvider.translate("plan.action.description"), true);
    final ComboBox<ActionOwner.Kind> ownerKind = new ComboBox<>();
    final TextField ownerName = Fields.line(I18NProvider.translate("plan.action.owner-name"), true);
    final ComboBox<Institution> ownerInstitution = new ComboBox<>();
    final DatePicker deadline = Dates.picker(I18NProvider.translate("plan.action.deadline"), true);
    final TextField expectedEffect = Fields.line(I18NProvider.translate("plan.action.effect"), true);

    /**
     * The institutions a plan action can name as its owner (all but the welfare centres, which own the cases): a
     * supporting family, a school, a health service ... Naming one from the register gives the action the
     * institution's id, so that its own people find the action (a supporting family sees its actions).
     */
    static List<Institution> owningInstitutions(List<Institution> registered) {
        return registered.stream().filter(institution -> institution.kind() != InstitutionKind.SOCIAL_WELFARE_CENTRE)
                .toList();
    }

    PlanActionEditor(PlanAction carriedOver, String assistantName, List<Institution> institutions) {
        this.actionId = carriedOver == null ? null : carriedOver.actionId();
        this.ownerReference = carriedOver == null || carriedOver.owner() == null ? null
                : carriedOver.owner().reference();
        description.addClassName("action-description");
        ownerKind.addClassName("action-owner-kind");
        ownerName.addClassName("action-owner-name");
        deadline.addClassName("action-deadline");
        expectedEffect.addClassName("action-effect");
        ownerKind.setLabel(I18NProvider.translate("plan.action.owner-kind"));
        ownerKind.setItems(ActionOwner.Kind.values());
        ownerKind.setItemLabelGenerator(kind -> Labels.of(Labels.OWNER_KIND, kind));
        ownerKind.setRequiredIndicatorVisible(true);
        ownerKind.setValue(ActionOwner.Kind.FAMILY_MEMBER);
        ownerInstitution.addClassName("action-owner-institution");
        ownerInstitution.setLabel(I18NProvider.translate("supporting.plan.owner-institution"));
        ownerInstitution.setHelperText(I18NProvider.translate("supporting.plan.owner-institution.hint"));
        ownerInstitution.setItems(institutions);
        ownerInstitution.setItemLabelGenerator(Institution::name);
        ownerInstitution.setClearButtonVisible(true);
        ownerInstitution.setVisible(false);
        ownerInstitution.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != null) {
                ownerReference = change.getValue() == null ? null : change.getValue().id().value();
                if (change.getValue() != null) {
                    ownerName.setValue(change.getValue().name());
                }
            }
        });
        ownerKind.addValueChangeListener(change -> {
            if (change.getValue() == ActionOwner.Kind.ASSISTANT && ownerName.isEmpty()) {
                ownerName.setValue(assistantName == null ? "" : assistantName);
            }
            ownerInstitution.setVisible(change.getValue() == ActionOwner.Kind.INSTITUTION);
            if (change.getValue() != ActionOwner.Kind.INSTITUTION && change.isFromClient()) {
                ownerInstitution.clear();
                ownerReference = null;
            }
        });
        if (carriedOver != null) {
            description.setValue(carriedOver.description());
            if (carriedOver.owner() != null) {
                ownerKind.setValue(carriedOver.owner().kind());
                ownerName.setValue(carriedOver.owner().name());
                String reference = carriedOver.owner().reference();
                institutions.stream().filter(institution -> institution.id().value().equals(reference)).findFirst()
                        .ifPresent(ownerInstitution::setValue);
                ownerReference = reference;
            }
            deadline.setValue(carriedOver.deadline());
            expectedEffect.setValue(carriedOver.expectedEffect());
        }
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        layout.add(description, 2);
        layout.add(ownerKind, ownerInstitution, ownerName, deadline, expectedEffect);
        fieldSet.add(layout);
    }

    @Override
    public FieldSet fieldSet() {
        return fieldSet;
    }

    void check(FieldChecks checks, LocalDate today) {
        checks.required(description).required(ownerKind).required(ownerName).notBefore(deadline, today)
                .required(expectedEffect);
    }

    PlanAction value() {
        return new PlanAction(actionId, Fields.value(description),
                new ActionOwner(ownerKind.getValue(), Fields.value(ownerName), ownerReference),
                deadline.getValue(), Fields.value(expectedEffect));
    }
}
