package pl.asysta.cases.support.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.ui.OpenCase;
import pl.asysta.cases.support.ArrangementRow;
import pl.asysta.cases.support.CaseSupport;
import pl.asysta.cases.support.ClaimRow;
import pl.asysta.cases.support.MonthSummary;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;
import pl.asysta.forms.Money;
import pl.asysta.institutions.ui.InstitutionDirectory;

/**
 * The family's supporting families on the case page (uwr art. 29-31): each arrangement with its agreement and
 * terms, a monthly summary of the help (hours by kind, SUPPORT) and of the money (claimed and waiting, approved,
 * FINANCE), and the claims with their receipts. The head of the centre records an arrangement and ends one here;
 * the help itself is on the timeline. Each reader sees only the categories they may read.
 */
class SupportPanel extends Div {

    private final OpenCase context;
    private final transient SupportCommands commands;
    private final transient SupportQueries queries;
    private final transient InstitutionDirectory institutions;
    private final transient ErrorMessages errors;

    SupportPanel(OpenCase context, CaseSupport seen, SupportCommands commands, SupportQueries queries,
                 InstitutionDirectory institutions, ErrorMessages errors) {
        this.context = context;
        this.commands = commands;
        this.queries = queries;
        this.institutions = institutions;
        this.errors = errors;
        setId("case-support");
        addClassName("case-support");
        add(new H2(getTranslation("supporting.case.title")));
        if (mayDecide() && context.status() == CaseStatus.ACTIVE) {
            Button record = new Button(getTranslation("supporting.case.record"));
            record.setId("case-support-record");
            record.addClickListener(click -> new RecordArrangementDialog(context, institutions.registered(),
                    commands, errors).onSaved(context.afterCommand()).open());
            Div buttons = new Div(record);
            buttons.addClassName("action-buttons");
            add(buttons);
        }
        if (seen.arrangements().isEmpty() && seen.claims().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("supporting.case.none"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        seen.arrangements().forEach(arrangement -> add(arrangement(arrangement)));
        if (!seen.months().isEmpty()) {
            add(new H3(getTranslation("supporting.summary.title")), summary(seen.months()));
        }
        if (!seen.claims().isEmpty()) {
            add(new H3(getTranslation("supporting.case.claims")), claims(seen.claims()));
        }
    }

    private boolean mayDecide() {
        return context.isHead();
    }

    private Component arrangement(ArrangementRow arrangement) {
        Div box = new Div(new H3(arrangement.householdName()));
        box.addClassName("support-arrangement");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("case-facts");
        fact(facts, "supporting.family.agreement", getTranslation("supporting.family.agreement.value",
                arrangement.agreementReference(), Dates.format(arrangement.startsOn()),
                Dates.format(arrangement.endsOn())));
        fact(facts, "supporting.family.costs", getTranslation("supporting.family.costs.value",
                String.join(", ", arrangement.costKinds().stream().sorted()
                        .map(kind -> Labels.of(SupportItems.COST_KIND, kind)).toList()),
                Money.format(arrangement.monthlyLimit())));
        fact(facts, "supporting.case.recorded-by", arrangement.recordedBy());
        if (arrangement.ended()) {
            fact(facts, "supporting.family.ended", getTranslation("supporting.family.ended.value",
                    Dates.format(arrangement.endedOn()), arrangement.endReason()));
        }
        box.add(facts);
        if (mayDecide() && !arrangement.ended()) {
            Button end = new Button(getTranslation("supporting.case.end"));
            end.addClassName("end-arrangement");
            end.setAriaLabel(getTranslation("supporting.case.end.label", arrangement.householdName()));
            end.addClickListener(click -> new EndArrangementDialog(context, arrangement, commands, errors)
                    .onSaved(context.afterCommand()).open());
            box.add(end);
        }
        return box;
    }

    private static void fact(DescriptionList facts, String key, String value) {
        facts.add(new DescriptionList.Term(com.vaadin.flow.i18n.I18NProvider.translate(key)),
                new DescriptionList.Description(value == null ? "" : value));
    }

    /** One row a month, newest first: the hours by kind and in total, and the money waiting and approved. */
    private Component summary(List<MonthSummary> months) {
        boolean hours = months.getFirst().minutes() != null;
        boolean money = months.getFirst().approved() != null;
        NativeTable table = new NativeTable();
        table.setId("support-summary");
        table.addClassName("data-table");
        table.setCaptionText(getTranslation("supporting.summary.caption"));
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText(getTranslation("supporting.summary.month"));
        if (hours) {
            header.addHeaderCell().setText(getTranslation("supporting.summary.by-kind"));
            header.addHeaderCell().setText(getTranslation("supporting.summary.hours"));
        }
        if (money) {
            header.addHeaderCell().setText(getTranslation("supporting.summary.waiting"));
            header.addHeaderCell().setText(getTranslation("supporting.summary.approved"));
        }
        header.getChildren().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        NativeTableBody body = table.addBody();
        for (MonthSummary month : months) {
            NativeTableRow row = body.addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(SupportItems.monthName(month.month()));
            name.getElement().setAttribute("scope", "row");
            if (hours) {
                row.addDataCell().setText(byKind(month.minutesByKind()));
                row.addDataCell().setText(Money.hours(month.minutes()));
            }
            if (money) {
                row.addDataCell().setText(Money.format(month.waiting()));
                row.addDataCell().setText(Money.format(month.approved()));
            }
        }
        return table;
    }

    private static String byKind(Map<HelpKind, Integer> minutes) {
        if (minutes.isEmpty()) {
            return "";
        }
        return minutes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> Labels.of(SupportItems.HELP_KIND, entry.getKey()) + ": " + Money.hours(entry.getValue()))
                .collect(Collectors.joining("; "));
    }

    private Component claims(List<ClaimRow> claims) {
        UnorderedList list = new UnorderedList();
        list.setId("case-support-claims");
        list.addClassNames("plain-list", "support-list");
        Function<ClaimRow, Component> item = claim -> {
            var row = SupportItems.claimItem(claim, queries, context.actor());
            row.addComponentAsFirst(new com.vaadin.flow.component.html.Span(claim.householdName()));
            return row;
        };
        claims.stream().map(item).forEach(list::add);
        return list;
    }
}
