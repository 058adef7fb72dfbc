package pl.asysta.cases.history.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.PlanVersionDetails.PlanActionRow;
import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.cases.familycase.ui.CaseFacts;
import pl.asysta.cases.history.CaseAsOf;
import pl.asysta.cases.history.CaseComparison;
import pl.asysta.cases.history.HistoryPoint;
import pl.asysta.cases.sharing.GrantRow;
import pl.asysta.cases.sharing.domain.GrantId;
import pl.asysta.cases.sharing.ui.SharingPanel;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.cases.timeline.ui.TimelineGrid;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.DataCategory;
import pl.asysta.time.ClockConfiguration;

/**
 * The parts of a case as it stood at a point (header facts, the plan in force, the grants, the timeline), and the
 * same parts of two points side by side, where what differs is marked in words ("changed", "new") as well as by
 * colour. Everything shown comes from the point-in-time reading; nothing here reads the case again.
 */
final class PastCaseSections {

    private PastCaseSections() {
    }

    // ---------------------------------------------------------------- one point

    static Component facts(CaseAsOf at) {
        DescriptionList facts = new DescriptionList();
        facts.setId("pit-facts");
        facts.addClassName("case-facts");
        CaseFacts.of(at.details()).forEach((key, value) -> facts.add(
                new DescriptionList.Term(I18NProvider.translate(key)), new DescriptionList.Description(value)));
        return facts;
    }

    static Optional<Component> plan(CaseAsOf at) {
        if (!at.details().visibleCategories().contains(DataCategory.PLAN)) {
            return Optional.empty();
        }
        Div section = section("pit-plan", "plan.title");
        Optional<PlanVersionDetails> current = at.currentPlan();
        if (current.isEmpty()) {
            section.add(new Paragraph(I18NProvider.translate("plan.none")));
            return Optional.of(section);
        }
        PlanVersionDetails plan = current.get();
        Paragraph adopted = new Paragraph(I18NProvider.translate("pit.plan.in-force", plan.version(),
                Dates.format(plan.adoptedOn()), plan.authorName()));
        adopted.setId("pit-plan-version");
        Paragraph goals = new Paragraph(plan.goals());
        goals.addClassName("preserve-lines");
        Div goalsBlock = new Div(new Span(I18NProvider.translate("plan.goals")), goals);
        goalsBlock.addClassName("labelled-text");
        NativeTable actions = table("pit-plan-actions", I18NProvider.translate("plan.actions.label", plan.version()),
                "plan.action.description", "plan.action.owner", "plan.action.deadline", "plan.action.status");
        NativeTableBody body = actions.addBody();
        for (PlanActionRow action : plan.actions()) {
            NativeTableRow row = body.addRow();
            rowHeader(row, action.description());
            row.addDataCell().setText(action.owner() == null ? "" : action.owner().name());
            row.addDataCell().setText(Dates.format(action.deadline()));
            row.addDataCell().setText(status(action));
        }
        section.add(adopted, goalsBlock, actions);
        return Optional.of(section);
    }

    static Optional<Component> grants(CaseAsOf at, Function<pl.asysta.shared.InstitutionId, String> names) {
        if (!at.details().visibleCategories().contains(DataCategory.CONSENT)) {
            return Optional.empty();
        }
        Div section = section("pit-grants", "case.sharing.grants");
        if (at.grants().isEmpty()) {
            section.add(new Paragraph(I18NProvider.translate("pit.grants.none")));
            return Optional.of(section);
        }
        NativeTable table = table("pit-grants-table", I18NProvider.translate("case.sharing.grants"),
                "case.sharing.column.institution", "case.sharing.column.categories", "case.sharing.column.basis",
                "case.sharing.column.period", "case.sharing.column.state");
        NativeTableBody body = table.addBody();
        for (GrantRow grant : at.grants()) {
            NativeTableRow row = body.addRow();
            rowHeader(row, names.apply(grant.institution()));
            row.addDataCell().setText(SharingPanel.categoryNames(grant.categories()));
            row.addDataCell().setText(Labels.of(SharingPanel.BASIS, grant.basis()));
            row.addDataCell().setText(period(grant));
            row.addDataCell().setText(state(grant));
        }
        section.add(table);
        return Optional.of(section);
    }

    // ---------------------------------------------------------------- two points

    static Component factsCompared(CaseComparison comparison) {
        Map<String, String> earlier = CaseFacts.of(comparison.earlier().details());
        Map<String, String> later = CaseFacts.of(comparison.later().details());
        Set<String> keys = new LinkedHashSet<>(earlier.keySet());
        keys.addAll(later.keySet());
        NativeTable table = compared("pit-facts-compared", I18NProvider.translate("pit.compare.facts"),
                "pit.compare.fact", comparison);
        NativeTableBody body = table.addBody();
        for (String key : keys) {
            String before = earlier.getOrDefault(key, "");
            String after = later.getOrDefault(key, "");
            NativeTableRow row = body.addRow();
            rowHeader(row, I18NProvider.translate(key));
            row.addDataCell().setText(before);
            row.addDataCell().setText(after);
            change(row, before.isEmpty() ? "pit.new" : before.equals(after) ? null : "pit.changed");
        }
        return table;
    }

    static Optional<Component> planCompared(CaseComparison comparison) {
        if (!comparison.later().details().visibleCategories().contains(DataCategory.PLAN)) {
            return Optional.empty();
        }
        Div section = section("pit-plan", "plan.title");
        Optional<PlanVersionDetails> earlier = comparison.earlier().currentPlan();
        Optional<PlanVersionDetails> later = comparison.later().currentPlan();
        if (later.isEmpty()) {
            section.add(new Paragraph(I18NProvider.translate("plan.none")));
            return Optional.of(section);
        }
        Paragraph versions = new Paragraph(I18NProvider.translate("pit.compare.plan-versions",
                earlier.map(plan -> I18NProvider.translate("case.header.plan-version", plan.version()))
                        .orElse(I18NProvider.translate("case.header.no-plan")),
                I18NProvider.translate("case.header.plan-version", later.get().version())));
        versions.setId("pit-plan-version");
        Map<String, PlanActionRow> before = earlier.<Map<String, PlanActionRow>>map(plan -> plan.actions().stream()
                .collect(Collectors.toMap(PlanActionRow::actionId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new))).orElse(Map.of());
        NativeTable table = compared("pit-plan-actions", I18NProvider.translate("pit.compare.actions"),
                "plan.action.description", comparison);
        NativeTableBody body = table.addBody();
        for (PlanActionRow action : later.get().actions()) {
            PlanActionRow was = before.get(action.actionId());
            String then = was == null ? "" : status(was);
            String now = status(action);
            NativeTableRow row = body.addRow();
            rowHeader(row, action.description());
            row.addDataCell().setText(then);
            row.addDataCell().setText(now);
            change(row, was == null ? "pit.new" : then.equals(now) ? null : "pit.changed");
        }
        section.add(versions, table);
        return Optional.of(section);
    }

    static Optional<Component> grantsCompared(CaseComparison comparison,
                                              Function<pl.asysta.shared.InstitutionId, String> names) {
        if (!comparison.later().details().visibleCategories().contains(DataCategory.CONSENT)) {
            return Optional.empty();
        }
        Div section = section("pit-grants", "case.sharing.grants");
        if (comparison.later().grants().isEmpty()) {
            section.add(new Paragraph(I18NProvider.translate("pit.grants.none")));
            return Optional.of(section);
        }
        NativeTable table = compared("pit-grants-table", I18NProvider.translate("case.sharing.grants"),
                "case.sharing.column.institution", comparison);
        NativeTableBody body = table.addBody();
        Set<GrantId> changed = comparison.grantsChangedBetween().stream().map(GrantRow::grantId)
                .collect(Collectors.toSet());
        for (GrantRow grant : comparison.later().grants()) {
            Optional<GrantRow> was = comparison.earlierGrant(grant.grantId());
            NativeTableRow row = body.addRow();
            rowHeader(row, names.apply(grant.institution()) + " – " + SharingPanel.categoryNames(grant.categories()));
            row.addDataCell().setText(was.map(PastCaseSections::state).orElse(""));
            row.addDataCell().setText(state(grant));
            change(row, was.isEmpty() ? "pit.new" : changed.contains(grant.grantId()) ? "pit.changed" : null);
        }
        section.add(table);
        return Optional.of(section);
    }

    // ---------------------------------------------------------------- the timeline

    /** Entries of the reading, newest first; each links to the case as it stood right after it. */
    static Grid<TimelineRow> timeline(String id, String label, List<TimelineRow> rows,
                                      InstitutionDirectory institutions) {
        Grid<TimelineRow> grid = new Grid<>();
        grid.setId(id);
        grid.addClassName("pit-timeline");
        grid.setAriaLabel(label);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> Dates.format(row.occurredOn() != null ? row.occurredOn()
                        : row.recordedAt().atZone(ClockConfiguration.CENTRE_ZONE).toLocalDate()))
                .setHeader(I18NProvider.translate("timeline.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> TimelineGrid.entry(row, institutions)))
                .setHeader(I18NProvider.translate("timeline.column.entry")).setFlexGrow(4);
        grid.addColumn(row -> Labels.of(Labels.DATA_CATEGORY, row.category()))
                .setHeader(I18NProvider.translate("timeline.column.category")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.authorName() + ", " + Dates.format(row.recordedAt()))
                .setHeader(I18NProvider.translate("pit.timeline.recorded")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(row -> positionLink(row)))
                .setHeader(I18NProvider.translate("pit.timeline.position")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setEmptyStateText(I18NProvider.translate("timeline.empty"));
        return grid;
    }

    private static Component positionLink(TimelineRow row) {
        RouterLink link = CaseHistoryPages.link(String.valueOf(row.position()), row.caseId(),
                HistoryPoint.position(row.position()));
        link.getElement().setAttribute("aria-label", I18NProvider.translate("pit.timeline.position.link",
                row.position()));
        return link;
    }

    // ---------------------------------------------------------------- helpers

    private static Div section(String id, String headingKey) {
        Div section = new Div();
        section.setId(id);
        section.addClassName("pit-section");
        section.add(new H2(I18NProvider.translate(headingKey)));
        return section;
    }

    /** A table with a caption and its column headings (translation keys). */
    private static NativeTable table(String id, String caption, String... columns) {
        return tableOf(id, caption, java.util.Arrays.stream(columns).map(I18NProvider::translate).toList());
    }

    /** A table of two points: the thing compared, the earlier point, the later point, what changed. */
    private static NativeTable compared(String id, String caption, String thing, CaseComparison comparison) {
        return tableOf(id, caption, List.of(I18NProvider.translate(thing), pointName(comparison.earlier()),
                pointName(comparison.later()), I18NProvider.translate("pit.compare.change")));
    }

    private static NativeTable tableOf(String id, String caption, List<String> headings) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("data-table");
        table.setCaptionText(caption);
        NativeTableRow header = table.getHead().addRow();
        for (String heading : headings) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.getElement().setAttribute("scope", "col");
            cell.setText(heading);
        }
        return table;
    }

    /** The point as the reader chose it: a day, right after an event, or today. */
    static String pointName(CaseAsOf at) {
        return switch (at.point()) {
            case HistoryPoint.Position p -> I18NProvider.translate("pit.point.position", at.position(),
                    Dates.format(at.day()));
            case HistoryPoint.Latest l -> I18NProvider.translate("pit.point.now", Dates.format(at.day()));
            case HistoryPoint.EndOfDay d -> I18NProvider.translate("pit.point.day", Dates.format(at.day()));
            case HistoryPoint.Moment m -> I18NProvider.translate("pit.point.day", Dates.format(m.at()));
        };
    }

    private static void rowHeader(NativeTableRow row, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.getElement().setAttribute("scope", "row");
        cell.setText(text);
    }

    private static void change(NativeTableRow row, String key) {
        NativeTableCell cell = row.addDataCell();
        if (key != null) {
            row.addClassName("pit-changed");
            cell.add(Badge.of(I18NProvider.translate(key), Badge.Tone.WARNING));
        }
    }

    private static String status(PlanActionRow action) {
        String status = Labels.of(Labels.ACTION_STATUS, action.status());
        if (action.closingNote() != null) {
            return status + " (" + Dates.format(action.closedOn()) + ": " + action.closingNote() + ")";
        }
        if (action.lastProgressNote() != null) {
            return status + " – " + I18NProvider.translate("plan.action.last-progress",
                    Dates.format(action.lastProgressOn()), action.lastProgressNote());
        }
        return status;
    }

    private static String state(GrantRow grant) {
        String state = Labels.of(SharingPanel.STATE, grant.state());
        return grant.revokedOn() == null ? state : state + " (" + Dates.format(grant.revokedOn()) + ")";
    }

    private static String period(GrantRow grant) {
        return Dates.format(grant.validFrom()) + " – " + Dates.format(grant.validUntil());
    }
}
