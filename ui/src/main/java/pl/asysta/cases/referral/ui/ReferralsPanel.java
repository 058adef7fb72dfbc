package pl.asysta.cases.referral.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.cases.referral.domain.ReferralStatus;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.InstitutionId;

/**
 * The questions the case team put to other institutions about the family (uwr art. 15 ust. 1 pkt 18), newest
 * first, each with its deadline flagged once it is near or past, and the institution's reply. Each person sees
 * the referrals in the categories they may read; the case team also refers the case from here.
 */
class ReferralsPanel extends Div {

    static final String STATUS = "case.referrals.status";

    private final transient Function<InstitutionId, String> names;

    ReferralsPanel(OpenCase context, List<ReferralRow> referrals, ReferralCommands commands,
                   InstitutionDirectory institutions, ErrorMessages errors) {
        this.names = institutions.names();
        addClassName("case-referrals");
        setId("case-referrals");
        H2 heading = new H2(getTranslation("case.referrals.title"));
        heading.setId("case-referrals-heading");
        add(heading);
        if (context.isCaseTeam() && context.status() != CaseStatus.CLOSED) {
            Button refer = new Button(getTranslation("case.referrals.refer"));
            refer.setId("case-referrals-refer");
            refer.addClickListener(click -> new ReferDialog(context, institutions.registered(), commands, errors)
                    .onSaved(context.afterCommand()).open());
            Div buttons = new Div(refer);
            buttons.addClassName("action-buttons");
            add(buttons);
        }
        add(grid(referrals));
    }

    private Grid<ReferralRow> grid(List<ReferralRow> referrals) {
        Grid<ReferralRow> grid = new Grid<>();
        grid.setId("case-referrals-grid");
        grid.setAriaLabel(getTranslation("case.referrals.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(this::addressee))
                .setHeader(getTranslation("case.referrals.column.institution")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(ReferralsPanel::request))
                .setHeader(getTranslation("case.referrals.column.request")).setFlexGrow(4);
        grid.addColumn(new ComponentRenderer<>(ReferralsPanel::deadline))
                .setHeader(getTranslation("case.referrals.column.deadline")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(ReferralsPanel::reply))
                .setHeader(getTranslation("case.referrals.column.reply")).setFlexGrow(4);
        grid.setItems(referrals);
        grid.setEmptyStateText(getTranslation("case.referrals.none"));
        return grid;
    }

    private Component addressee(ReferralRow row) {
        Div cell = new Div(new Span(names.apply(row.institution())),
                new Span(Labels.of(Labels.DATA_CATEGORY, row.category())));
        cell.addClassName("stacked-text");
        return cell;
    }

    private static Component request(ReferralRow row) {
        Div cell = new Div();
        cell.addClassName("stacked-text");
        cell.add(labelled("case.referrals.purpose", row.purpose()), labelled("case.referrals.question",
                row.question()));
        Span sent = new Span(I18NProvider.translate("case.referrals.sent", Dates.format(row.referredOn()),
                row.referredBy()));
        sent.addClassName("secondary-text");
        cell.add(sent);
        return cell;
    }

    private static Component deadline(ReferralRow row) {
        Div cell = new Div(new Span(Dates.format(row.deadline())));
        cell.addClassName("inline-values");
        if (row.overdue()) {
            cell.add(Badge.of(I18NProvider.translate("case.referrals.overdue"), Badge.Tone.ERROR));
        } else if (row.dueSoon()) {
            cell.add(Badge.of(I18NProvider.translate("case.referrals.due-soon"), Badge.Tone.WARNING));
        }
        return cell;
    }

    private static Component reply(ReferralRow row) {
        Badge.Tone tone = switch (row.status()) {
            case OPEN, ACCEPTED -> Badge.Tone.NEUTRAL;
            case DECLINED -> Badge.Tone.WARNING;
            case ANSWERED -> Badge.Tone.SUCCESS;
        };
        Div cell = new Div(Badge.of(Labels.of(STATUS, row.status()), tone));
        cell.addClassName("stacked-text");
        if (row.repliedOn() != null) {
            cell.add(new Span(Dates.format(row.repliedOn()) + (row.repliedBy() == null ? "" : ", " + row.repliedBy())));
        }
        if (row.status() == ReferralStatus.DECLINED && row.declineReason() != null) {
            cell.add(labelled("case.referrals.decline-reason", row.declineReason()));
        }
        if (row.answer() != null) {
            cell.add(labelled("case.referrals.answer", row.answer()));
        }
        return cell;
    }

    private static Component labelled(String key, String text) {
        Paragraph paragraph = new Paragraph(new Span(I18NProvider.translate(key)), new Text(" " + text));
        paragraph.addClassNames("labelled-text", "preserve-lines");
        return paragraph;
    }
}
