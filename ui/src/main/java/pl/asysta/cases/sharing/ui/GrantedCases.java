package pl.asysta.cases.sharing.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.forms.EmptyState;
import pl.asysta.forms.Labels;
import pl.asysta.shared.Actor;

/**
 * The cases another institution may open today, each because a grant names it (the family's consent, a court
 * order, the Niebieska Karta procedure). Only what every grant includes is listed: the family, the stage of the
 * case and its assistant to talk to; assessments and legal bases belong to categories a grant may not cover.
 */
public final class GrantedCases {

    private GrantedCases() {
    }

    public static void addTo(Div content, WorkListQueries queries, Actor actor) {
        content.add(new H2(I18NProvider.translate("granted-cases.title")));
        List<CaseSummary> cases = queries.casesFor(actor);
        if (cases.isEmpty()) {
            content.add(EmptyState.of("granted-cases.none"));
            return;
        }
        Paragraph explanation = new Paragraph(I18NProvider.translate("granted-cases.description"));
        explanation.addClassName("secondary-text");
        content.add(explanation, grid(cases));
    }

    private static Grid<CaseSummary> grid(List<CaseSummary> cases) {
        Grid<CaseSummary> grid = new Grid<>();
        grid.setId("granted-cases");
        grid.setAriaLabel(I18NProvider.translate("granted-cases.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(row -> CasePages.link(row.familyName(), row.caseId())))
                .setHeader(I18NProvider.translate("granted-cases.column.family")).setFlexGrow(2);
        grid.addColumn(row -> Labels.of(Labels.CASE_STATUS, row.status()))
                .setHeader(I18NProvider.translate("granted-cases.column.status")).setAutoWidth(true);
        grid.addColumn(row -> row.assistantName() == null ? I18NProvider.translate("granted-cases.no-assistant")
                : row.assistantName()).setHeader(I18NProvider.translate("granted-cases.column.assistant"))
                .setFlexGrow(2);
        grid.setItems(cases);
        return grid;
    }
}
