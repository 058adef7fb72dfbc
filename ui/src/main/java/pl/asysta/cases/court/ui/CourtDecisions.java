package pl.asysta.cases.court.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.court.CourtDecisionRow;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.forms.EmptyState;
import pl.asysta.forms.Labels;

/**
 * The court's decisions on families: on the court's page those it recorded, on the assistant's and the head's
 * those on their families, where an order to work with an assistant that the centre has not yet recorded as the
 * legal basis is flagged with a link to the case (the court's record never changes the legal basis by itself).
 */
public final class CourtDecisions {

    private CourtDecisions() {
    }

    public static void addTo(Div content, String titleKey, String noneKey, String id,
                             List<CourtDecisionRow> decisions) {
        content.add(new H2(I18NProvider.translate(titleKey)));
        content.add(decisions.isEmpty() ? EmptyState.of(noneKey) : grid(decisions, id, titleKey));
    }

    private static Grid<CourtDecisionRow> grid(List<CourtDecisionRow> decisions, String id, String titleKey) {
        boolean forCaseTeam = !id.equals("court-decisions");
        Grid<CourtDecisionRow> grid = new Grid<>();
        grid.setId(id);
        grid.setAriaLabel(I18NProvider.translate(titleKey));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> Dates.format(row.decidedOn()))
                .setHeader(I18NProvider.translate("court.column.decided-on")).setAutoWidth(true).setFlexGrow(0);
        if (forCaseTeam) {
            grid.addColumn(new ComponentRenderer<>(row -> CasePages.link(row.familyName(), row.caseId())))
                    .setHeader(I18NProvider.translate("court.column.family")).setAutoWidth(true);
        } else {
            grid.addColumn(CourtDecisionRow::familyName).setHeader(I18NProvider.translate("court.column.family"))
                    .setAutoWidth(true);
        }
        grid.addColumn(row -> row.reference().value()).setHeader(I18NProvider.translate("court.column.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(CourtDecisions::kind))
                .setHeader(I18NProvider.translate("court.column.kind")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(CourtDecisionRow::summary).setHeader(I18NProvider.translate("court.column.summary"))
                .setWidth("14rem").setFlexGrow(3);
        grid.setItems(decisions);
        return grid;
    }

    private static Component kind(CourtDecisionRow row) {
        Div cell = new Div(new Span(Labels.of("court.decision.kind", row.kind())));
        cell.addClassName("stacked-text");
        if (row.legalBasisToRecord()) {
            cell.add(Badge.of(I18NProvider.translate("opinion.decisions.legal-basis"), Badge.Tone.WARNING));
        }
        return cell;
    }
}
