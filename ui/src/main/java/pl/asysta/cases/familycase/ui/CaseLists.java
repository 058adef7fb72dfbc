package pl.asysta.cases.familycase.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;

/**
 * The lists of families the start pages share: each family a link to its case page (so it opens by keyboard as
 * well as by mouse), its status, and the next periodic assessment with its flag.
 */
public final class CaseLists {

    private CaseLists() {
    }

    public static Grid<CaseSummary> families(String id, String ariaLabel, List<CaseSummary> cases, LocalDate today,
                                             boolean withAssistant) {
        Grid<CaseSummary> grid = new Grid<>();
        grid.setId(id);
        grid.setAriaLabel(ariaLabel);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(row -> CasePages.link(row.familyName(), row.caseId())))
                .setHeader(I18NProvider.translate("cases.column.family")).setFlexGrow(2);
        grid.addColumn(row -> Labels.of(Labels.CASE_STATUS, row.status()))
                .setHeader(I18NProvider.translate("cases.column.status")).setAutoWidth(true);
        if (withAssistant) {
            grid.addColumn(row -> row.assistantName() == null ? I18NProvider.translate("cases.no-assistant")
                    : row.assistantName()).setHeader(I18NProvider.translate("cases.column.assistant"));
        }
        grid.addColumn(new ComponentRenderer<>(row -> assessment(row, today)))
                .setHeader(I18NProvider.translate("cases.column.next-assessment")).setAutoWidth(true);
        grid.addColumn(row -> Labels.of(Labels.LEGAL_BASIS, row.legalBasis()))
                .setHeader(I18NProvider.translate("cases.column.legal-basis"));
        grid.setItems(cases);
        return grid;
    }

    public static Component assessment(CaseSummary row, LocalDate today) {
        Div cell = new Div(new Span(Dates.format(row.nextAssessmentDue())));
        cell.addClassName("inline-values");
        AssessmentFlag.of(row.nextAssessmentDue(), today).ifPresent(cell::add);
        return cell;
    }
}
