package pl.asysta.cases.familycase.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.forms.Dates;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;
import pl.asysta.forms.RepeatingRows;

/**
 * One member of the family being registered. The birth date matters: it tells children from adults and gives
 * the ages the case page shows; it may be unknown at intake.
 */
class MemberEditor implements RepeatingRows.Row {

    private final FieldSet fieldSet = new FieldSet();
    final TextField firstName = Fields.line(I18NProvider.translate("intake.member.first-name"), true);
    final TextField lastName = Fields.line(I18NProvider.translate("intake.member.last-name"), true);
    final ComboBox<Kinship> kinship = new ComboBox<>();
    final DatePicker birthDate = Dates.picker(I18NProvider.translate("intake.member.birth-date"), false);

    MemberEditor(Kinship initial) {
        firstName.addClassName("member-first-name");
        lastName.addClassName("member-last-name");
        kinship.addClassName("member-kinship");
        birthDate.addClassName("member-birth-date");
        kinship.setLabel(I18NProvider.translate("intake.member.kinship"));
        kinship.setItems(Kinship.values());
        kinship.setItemLabelGenerator(value -> Labels.of(Labels.KINSHIP, value));
        kinship.setRequiredIndicatorVisible(true);
        kinship.setValue(initial);
        FormLayout layout = new FormLayout(firstName, lastName, kinship, birthDate);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2),
                new FormLayout.ResponsiveStep("56rem", 4));
        fieldSet.add(layout);
    }

    @Override
    public FieldSet fieldSet() {
        return fieldSet;
    }

    void check(FieldChecks checks, LocalDate today) {
        checks.required(firstName).required(lastName).required(kinship);
        if (birthDate.getValue() != null) {
            checks.check(birthDate, !birthDate.getValue().isAfter(today), "form.date.not-in-future");
        }
    }

    FamilyMember value() {
        return new FamilyMember(null, Fields.value(firstName), Fields.value(lastName), kinship.getValue(),
                birthDate.getValue());
    }
}
