package pl.asysta.cases.sharing.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.CommandDialog;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.ui.InstitutionChoice;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionKind;

/**
 * A family member's written consent to share parts of the case with one institution (RODO art. 6 ust. 1 lit. a,
 * art. 9 ust. 2 lit. a): who signed it, with whom, which categories, for what, from when until when, and the
 * paper form's reference. Recording it grants the institution access to exactly those categories for that time.
 */
class SharingConsentDialog extends CommandDialog {

    /** Courts need no consent and welfare centres no grant: neither is offered. */
    static final EnumSet<InstitutionKind> SHARED_WITH = EnumSet.complementOf(
            EnumSet.of(InstitutionKind.SOCIAL_WELFARE_CENTRE, InstitutionKind.COURT));

    private final OpenCase context;
    private final transient SharingCommands commands;
    private final ComboBox<String> person = new ComboBox<>();
    private final ComboBox<Institution> institution;
    private final CheckboxGroup<DataCategory> categories;
    private final TextField purpose = Fields.line(getTranslation("case.sharing.field.purpose"), true);
    private final DatePicker givenOn = Dates.picker(getTranslation("case.sharing.field.given-on"), true);
    private final DatePicker validUntil = Dates.picker(getTranslation("case.sharing.field.valid-until"), true);
    private final TextField formReference = Fields.line(getTranslation("case.sharing.field.form-reference"), true);

    SharingConsentDialog(OpenCase context, List<Institution> registered, SharingCommands commands,
                         ErrorMessages errors) {
        super("case.sharing.consent.title", errors);
        this.context = context;
        this.commands = commands;

        List<String> members = new ArrayList<>(context.details().members().stream()
                .map(member -> member.firstName() + " " + member.lastName())
                .toList());
        person.setId("sharing-consent-person");
        person.setLabel(getTranslation("case.sharing.field.person"));
        person.setHelperText(getTranslation("case.sharing.field.person.hint"));
        person.setRequiredIndicatorVisible(true);
        person.setAllowCustomValue(true);
        person.setItems(members);
        person.addCustomValueSetListener(typed -> {
            String name = typed.getDetail().strip();
            if (!name.isEmpty() && !members.contains(name)) {
                members.add(name);
                person.setItems(members);
            }
            person.setValue(name.isEmpty() ? null : name);
        });

        institution = InstitutionChoice.of(registered, context.actor().institutionId(),
                getTranslation("case.sharing.field.institution"), SHARED_WITH);
        institution.setId("sharing-consent-institution");
        categories = SharingFields.categories(getTranslation("case.sharing.field.categories"));
        categories.setId("sharing-consent-categories");
        purpose.setId("sharing-consent-purpose");
        purpose.setHelperText(getTranslation("case.sharing.field.purpose.hint"));
        givenOn.setId("sharing-consent-given-on");
        givenOn.setValue(context.today());
        givenOn.setMax(context.today());
        validUntil.setId("sharing-consent-valid-until");
        formReference.setId("sharing-consent-form");
        formReference.setHelperText(getTranslation("case.sharing.field.form-reference.hint"));

        form.add(person, institution);
        form.add(categories, 2);
        form.add(purpose, 2);
        form.add(givenOn, validUntil);
        form.add(formReference, 2);
    }

    @Override
    protected void check(FieldChecks checks) {
        checks.required(person).required(institution).required(categories).required(purpose)
                .notAfter(givenOn, context.today()).required(formReference);
        SharingFields.checkUntil(checks, validUntil, context.today());
    }

    @Override
    protected Recorded submit() {
        return commands.recordConsent(context.caseId(), person.getValue().strip(),
                institution.getValue().id(), categories.getValue(), Fields.value(purpose), givenOn.getValue(),
                validUntil.getValue(), Fields.value(formReference), context.actor()).recorded();
    }
}
