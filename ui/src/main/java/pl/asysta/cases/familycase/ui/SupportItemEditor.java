package pl.asysta.cases.familycase.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.forms.FieldChecks;
import pl.asysta.forms.Fields;
import pl.asysta.forms.RepeatingRows;

/** One entry of the "Za życiem" support catalogue: what support, and who provides it. */
class SupportItemEditor implements RepeatingRows.Row {

    private final FieldSet fieldSet = new FieldSet();
    final TextField support = Fields.line(I18NProvider.translate("catalogue.support"), true);
    final TextField provider = Fields.line(I18NProvider.translate("catalogue.provider"), false);

    SupportItemEditor(SupportItem item) {
        support.addClassName("catalogue-support");
        provider.addClassName("catalogue-provider");
        if (item != null) {
            support.setValue(item.support() == null ? "" : item.support());
            provider.setValue(item.provider() == null ? "" : item.provider());
        }
        FormLayout layout = new FormLayout(support, provider);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        fieldSet.add(layout);
    }

    @Override
    public FieldSet fieldSet() {
        return fieldSet;
    }

    void check(FieldChecks checks) {
        checks.required(support);
    }

    SupportItem value() {
        return new SupportItem(Fields.value(support), Fields.value(provider));
    }
}
