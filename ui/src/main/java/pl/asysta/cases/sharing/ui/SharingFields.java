package pl.asysta.cases.sharing.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Labels;
import pl.asysta.shared.DataCategory;

/** The fields a consent and a grant share: the categories to share and the last day of access. */
final class SharingFields {

    private SharingFields() {
    }

    /**
     * Required, but not marked with Vaadin's required indicator: that sets {@code aria-required}, which a
     * checkbox group ({@code role="group"}) may not carry (axe: aria-allowed-attr). The dot comes from the
     * style sheet, the helper text says it in words, and the form checks it like any required field.
     */
    static CheckboxGroup<DataCategory> categories(String label) {
        CheckboxGroup<DataCategory> categories = new CheckboxGroup<>(label);
        categories.setItems(SharingPanel.shareableCategories());
        categories.setItemLabelGenerator(category -> Labels.of(Labels.DATA_CATEGORY, category));
        categories.setHelperText(I18NProvider.translate("case.sharing.field.categories.hint"));
        categories.addClassNames("sharing-categories", "required-choice");
        return categories;
    }

    /** Access ends on a day still to come (the ledger says the same). */
    static void checkUntil(FieldChecks checks, DatePicker validUntil, LocalDate today) {
        checks.required(validUntil);
        if (validUntil.getValue() != null) {
            checks.check(validUntil, validUntil.getValue().isAfter(today), "rule.sharing.until-not-in-future");
        }
    }
}
