package pl.asysta.cases.referral.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.forms.EmptyState;
import pl.asysta.forms.Labels;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.Actor;

/**
 * The case team's referrals whose answer is overdue or due within three days, so the assistant and the head can
 * remind the institution before the family's plan waits on it.
 */
public final class ReferralDeadlines {

    private ReferralDeadlines() {
    }

    /** The heading and the list, or a sentence that nothing is pressing. */
    public static void addTo(Div content, ReferralQueries referrals, InstitutionDirectory institutions, Actor actor) {
        content.add(new H2(I18NProvider.translate("alerts.referrals.title")));
        List<ReferralRow> due = referrals.dueFor(actor);
        content.add(due.isEmpty() ? EmptyState.of("alerts.referrals.none") : grid(due, institutions));
    }

    private static Grid<ReferralRow> grid(List<ReferralRow> rows, InstitutionDirectory institutions) {
        Grid<ReferralRow> grid = new Grid<>();
        grid.setId("referrals-due");
        grid.setAriaLabel(I18NProvider.translate("alerts.referrals.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(ReferralDeadlines::deadline))
                .setHeader(I18NProvider.translate("inbox.column.deadline")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> CasePages.link(row.familyName(), row.caseId())))
                .setHeader(I18NProvider.translate("inbox.column.family")).setAutoWidth(true);
        grid.addColumn(row -> institutions.displayName(row.institution()))
                .setHeader(I18NProvider.translate("inbox.column.institution")).setFlexGrow(2);
        grid.addColumn(row -> Labels.of(Labels.DATA_CATEGORY, row.category()))
                .setHeader(I18NProvider.translate("inbox.column.category")).setAutoWidth(true);
        grid.addColumn(ReferralRow::purpose).setHeader(I18NProvider.translate("inbox.column.purpose")).setFlexGrow(2);
        grid.addColumn(row -> Labels.of(ReferralInbox.STATUS, row.status()))
                .setHeader(I18NProvider.translate("inbox.column.status")).setAutoWidth(true);
        grid.setItems(rows);
        return grid;
    }

    /** The deadline, flagged in words when it has passed or is near. */
    static Component deadline(ReferralRow row) {
        Div cell = new Div(new Span(Dates.format(row.deadline())));
        cell.addClassName("inline-values");
        if (row.overdue()) {
            cell.add(Badge.of(I18NProvider.translate("inbox.overdue"), Badge.Tone.ERROR));
        } else if (row.dueSoon()) {
            cell.add(Badge.of(I18NProvider.translate("inbox.due-soon"), Badge.Tone.WARNING));
        }
        return cell;
    }
}
