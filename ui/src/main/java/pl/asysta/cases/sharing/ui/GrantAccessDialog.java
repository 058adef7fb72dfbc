package pl.asysta.cases.sharing.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.ui.InstitutionChoice;
import pl.asysta.shared.DataCategory;

/**
 * Access that needs no consent of the family: a family court's order, the Niebieska Karta procedure (the
 * interdisciplinary team, ustawa o przeciwdziałaniu przemocy domowej art. 9a) or foster care of a child of the
 * family (the PCPR, uwr art. 76). The case team names the institution, the categories, the purpose, the basis
 * with its reference and the last day; a basis that does not fit the institution is refused by the ledger.
 */
class GrantAccessDialog extends CommandDialog {

    private final OpenCase context;
    private final transient SharingCommands commands;
    private final ComboBox<Institution> institution;
    private final CheckboxGroup<DataCategory> categories;
    private final TextField purpose = Fields.line(getTranslation("case.sharing.field.purpose"), true);
    private final ComboBox<GrantBasis> basis = new ComboBox<>();
    private final TextField reference = Fields.line(getTranslation("case.sharing.field.reference"), true);
    private final DatePicker validUntil = Dates.picker(getTranslation("case.sharing.field.valid-until"), true);

    GrantAccessDialog(OpenCase context, List<Institution> registered, SharingCommands commands,
                      ErrorMessages errors) {
        super("case.sharing.grant.title", errors);
        this.context = context;
        this.commands = commands;
        institution = InstitutionChoice.of(registered, context.actor().institutionId(),
                getTranslation("case.sharing.field.institution"), SharingConsentDialog.SHARED_WITH);
        institution.setId("sharing-grant-institution");
        categories = SharingFields.categories(getTranslation("case.sharing.field.categories"));
        categories.setId("sharing-grant-categories");
        purpose.setId("sharing-grant-purpose");
        purpose.setHelperText(getTranslation("case.sharing.field.purpose.hint"));
        basis.setId("sharing-grant-basis");
        basis.setLabel(getTranslation("case.sharing.field.basis"));
        basis.setItems(Arrays.stream(GrantBasis.values()).filter(value -> value != GrantBasis.FAMILY_CONSENT)
                .toList());
        basis.setItemLabelGenerator(value -> Labels.of(SharingPanel.BASIS, value));
        basis.setRequiredIndicatorVisible(true);
        basis.setHelperText(getTranslation("case.sharing.field.basis.hint"));
        reference.setId("sharing-grant-reference");
        reference.setHelperText(getTranslation("case.sharing.field.reference.hint"));
        validUntil.setId("sharing-grant-valid-until");

        form.add(institution, basis);
        form.add(categories, 2);
        form.add(purpose, 2);
        form.add(reference, validUntil);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(institution).required(basis).required(categories).required(purpose).required(reference);
        SharingFields.checkUntil(checks, validUntil, context.today());
    }

    @Override
    protected Recorded submit() {
        return commands.grantAccess(context.caseId(), institution.getValue().id(),
                categories.getValue(), Fields.value(purpose), basis.getValue(), Fields.value(reference),
                validUntil.getValue(), context.actor()).recorded();
    }
}
