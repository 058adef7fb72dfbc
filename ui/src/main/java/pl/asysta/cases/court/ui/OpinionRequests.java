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
import com.vaadin.flow.router.RouterLink;

import pl.asysta.cases.court.OpinionQueries;
import pl.asysta.cases.court.OpinionRequestRow;
import pl.asysta.cases.familycase.ui.CaseHistoryLinks;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.forms.EmptyState;
import pl.asysta.forms.Labels;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.Actor;

/**
 * The court's requests for opinions on the assistant's families (or, for the head, the centre's), those still
 * owed first by deadline with the overdue and near ones flagged, then the ones delivered lately with their
 * provenance; each opens the opinion beside its case's timeline. Then the court's decisions on those families.
 */
public final class OpinionRequests {

    private OpinionRequests() {
    }

    /** The requests and the decisions, each delivered opinion with the way to the file it was written against. */
    public static void addTo(Div content, OpinionQueries opinions, InstitutionDirectory institutions,
                             CaseHistoryLinks history, Actor actor) {
        content.add(new H2(I18NProvider.translate("opinion.requests.title")));
        List<OpinionRequestRow> requests = opinions.forCaseTeam(actor);
        content.add(requests.isEmpty() ? EmptyState.of("opinion.requests.none")
                : grid(requests, opinions, institutions, history, actor));
        CourtDecisions.addTo(content, "opinion.decisions.title", "opinion.decisions.none", "court-decisions-team",
                opinions.decisionsForCaseTeam(actor));
    }

    private static Grid<OpinionRequestRow> grid(List<OpinionRequestRow> requests, OpinionQueries opinions,
                                                InstitutionDirectory institutions, CaseHistoryLinks history,
                                                Actor actor) {
        Grid<OpinionRequestRow> grid = new Grid<>();
        grid.setId("opinion-requests");
        grid.setAriaLabel(I18NProvider.translate("opinion.requests.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(OpinionRequests::deadline))
                .setHeader(I18NProvider.translate("opinion.column.deadline")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> CasePages.link(row.familyName(), row.caseId())))
                .setHeader(I18NProvider.translate("opinion.column.family")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(row -> new Div(new Div(row.reference().value()),
                        secondary(institutions.name(row.court())))))
                .setHeader(I18NProvider.translate("opinion.column.court")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(OpinionRequests::status))
                .setHeader(I18NProvider.translate("opinion.column.status")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(row -> row.delivered()
                        ? OpinionDownloads.delivered(row.delivery(), row.requestId(), row.familyName(), row.reference(),
                                opinions, actor, row.caseId(), history)
                        : open(row)))
                .setHeader(I18NProvider.translate("opinion.column.action")).setWidth("16rem").setFlexGrow(2);
        grid.setItems(requests);
        return grid;
    }

    /** The deadline, flagged in words when it has passed or falls within a week. */
    static Component deadline(OpinionRequestRow row) {
        Div cell = new Div(new Span(Dates.format(row.deadline())));
        cell.addClassName("inline-values");
        if (row.overdue()) {
            cell.add(Badge.of(I18NProvider.translate("opinion.overdue"), Badge.Tone.ERROR));
        } else if (row.dueSoon()) {
            cell.add(Badge.of(I18NProvider.translate("opinion.due-soon"), Badge.Tone.WARNING));
        }
        return cell;
    }

    private static Component status(OpinionRequestRow row) {
        Div cell = new Div(new Span(Labels.of("opinion.status", row.status())));
        cell.addClassName("stacked-text");
        if (row.assistantName() == null && row.status().openForDrafting()) {
            cell.add(secondary(I18NProvider.translate("opinion.no-assistant")));
        }
        return cell;
    }

    private static Component open(OpinionRequestRow row) {
        RouterLink link = OpinionPages.link(I18NProvider.translate("opinion.open"), row.caseId(), row.requestId());
        link.getElement().setAttribute("aria-label", I18NProvider.translate("opinion.open.label", row.familyName(),
                row.reference().value()));
        return link;
    }

    private static Span secondary(String text) {
        Span span = new Span(text);
        span.addClassName("secondary-text");
        return span;
    }
}
