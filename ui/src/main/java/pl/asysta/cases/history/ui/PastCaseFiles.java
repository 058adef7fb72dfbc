package pl.asysta.cases.history.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.forms.EmptyState;
import pl.asysta.shared.Actor;

/**
 * The auditor's way to a case as it stood on a past day or after a past event (ADR 0015): pick the family, then
 * the point on the next page. The list of families is a reading like any other list on the start page.
 */
public final class PastCaseFiles {

    private PastCaseFiles() {
    }

    public static void addTo(Div content, WorkListQueries queries, Actor actor) {
        Div block = new Div();
        block.setId("pit-audit");
        block.addClassName("start-block");
        Paragraph lead = new Paragraph(I18NProvider.translate("pit.audit.lead"));
        lead.addClassName("secondary-text");
        block.add(new H2(I18NProvider.translate("pit.audit.title")), lead);
        List<CaseSummary> cases = queries.casesFor(actor).stream()
                .sorted(Comparator.comparing(CaseSummary::familyName)).toList();
        if (cases.isEmpty()) {
            block.add(EmptyState.of("pit.audit.no-cases"));
            content.add(block);
            return;
        }
        ComboBox<CaseSummary> family = new ComboBox<>(I18NProvider.translate("pit.audit.family"));
        family.setId("pit-audit-family");
        family.setItems(cases);
        family.setItemLabelGenerator(CaseSummary::familyName);
        family.setRequiredIndicatorVisible(true);
        family.setErrorMessage(I18NProvider.translate("pit.audit.family-required"));
        Button open = new Button(I18NProvider.translate("pit.audit.open"), click -> {
            if (family.getValue() == null) {
                family.setInvalid(true);
                return;
            }
            CaseHistoryPages.open(family.getValue().caseId());
        });
        open.setId("pit-audit-open");
        Div row = new Div(family, open);
        row.addClassName("pit-audit-row");
        block.add(row);
        content.add(block);
    }
}
