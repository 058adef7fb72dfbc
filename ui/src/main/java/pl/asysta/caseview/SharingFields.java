package pl.asysta.caseview;

import java.time.LocalDate;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;

import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Labels;
import pl.asysta.shared.DataCategory;

/** The fields a consent and a grant share: the categories to share and the last day of access. */
final class SharingFields {

    private SharingFields() {
    }

    static CheckboxGroup<DataCategory> categories(String label) {
        CheckboxGroup<DataCategory> categories = new CheckboxGroup<>(label);
        categories.setItems(SharingPanel.shareableCategories());
        categories.setItemLabelGenerator(category -> Labels.of(Labels.DATA_CATEGORY, category));
        categories.setRequiredIndicatorVisible(true);
        categories.addClassName("sharing-categories");
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
