package pl.asysta.start;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.access.ui.StartPage;
import pl.asysta.cases.court.OpinionQueries;
import pl.asysta.cases.court.ui.OpinionRequests;
import pl.asysta.cases.familycase.AssessmentDueRow;
import pl.asysta.cases.familycase.AssignmentRequestRow;
import pl.asysta.cases.familycase.CaseloadRow;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.cases.familycase.ui.AssessmentFlag;
import pl.asysta.cases.familycase.ui.CaseHistoryLinks;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.familycase.ui.CaseStepDialogs;
import pl.asysta.cases.familycase.ui.CaseloadChart;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.referral.ui.ReferralDeadlines;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.cases.support.ui.ClaimsToDecide;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.forms.Dates;
import pl.asysta.forms.EmptyState;
import pl.asysta.forms.Labels;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.staff.StaffDirectory;
import pl.asysta.time.ClockConfiguration;

/**
 * The head of the centre's start: each assistant's caseload against the cap of fifteen families (a chart and the
 * same figures as a table), the requests waiting for an assistant with the assignment at hand, the periodic
 * assessments that are overdue or due within thirty days, the centre's referrals whose answer is overdue or
 * near, the court's requests for opinions (those to approve among them) and decisions, and the supporting
 * families' claims that wait for a decision.
 */
@Route("centre-head")
@RolesAllowed(Roles.CENTRE_HEAD)
class CentreHeadStartView extends StartPage {

    private final transient WorkListQueries workLists;
    private final transient CaseStepDialogs steps;
    private final transient StaffDirectory staff;
    private final transient ReferralQueries referrals;
    private final transient OpinionQueries opinions;
    private final transient CaseHistoryLinks history;
    private final transient SupportCommands supportCommands;
    private final transient SupportQueries support;
    private final transient InstitutionDirectory institutions;
    private final transient ErrorMessages errors;
    private final transient Clock clock;
    private final transient Actor actor;

    CentreHeadStartView(WorkListQueries workLists, CaseStepDialogs steps, StaffDirectory staff,
                        ReferralQueries referrals, OpinionQueries opinions, CaseHistoryLinks history,
                        SupportCommands supportCommands, SupportQueries support, InstitutionDirectory institutions,
                        ErrorMessages errors, Clock clock, CurrentActor currentActor) {
        super(Role.CENTRE_HEAD);
        this.workLists = workLists;
        this.steps = steps;
        this.staff = staff;
        this.referrals = referrals;
        this.opinions = opinions;
        this.history = history;
        this.supportCommands = supportCommands;
        this.support = support;
        this.institutions = institutions;
        this.errors = errors;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
        this.actor = currentActor.require();
    }

    @Override
    protected void showContent(Div content) {
        LocalDate today = LocalDate.now(clock);
        content.add(new H2(getTranslation("head.caseloads")));
        List<CaseloadRow> caseloads = caseloads();
        if (caseloads.isEmpty()) {
            content.add(EmptyState.of("head.caseloads.none"));
        } else {
            content.add(chart(caseloads), caseloadTable(caseloads));
        }

        content.add(new H2(getTranslation("head.awaiting")));
        List<AssignmentRequestRow> awaiting = workLists.awaitingAssignment(actor);
        content.add(awaiting.isEmpty() ? EmptyState.of("head.awaiting.none") : awaiting(awaiting, today));

        content.add(new H2(getTranslation("head.assessments")));
        List<AssessmentDueRow> assessments = workLists.assessmentsDue(today, actor);
        content.add(assessments.isEmpty() ? EmptyState.of("head.assessments.none")
                : assessments(assessments, today));

        ReferralDeadlines.addTo(content, referrals, institutions, actor);
        OpinionRequests.addTo(content, opinions, institutions, history, actor);
        ClaimsToDecide.addTo(content, supportCommands, support, errors, actor, this::changed);
    }

    /**
     * Every assistant of the centre, also those who have no family yet (the read side knows only assistants who
     * were ever assigned one), by name.
     */
    private List<CaseloadRow> caseloads() {
        Map<UserId, CaseloadRow> known = workLists.caseloads(actor).stream()
                .collect(Collectors.toMap(CaseloadRow::assistantId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        staff.withRole(Role.FAMILY_ASSISTANT, actor.institutionId()).forEach(member ->
                known.putIfAbsent(member.userId(), new CaseloadRow(member.userId(), member.displayName(), 0,
                        CaseRules.MAX_FAMILIES_PER_ASSISTANT, 0)));
        return known.values().stream().sorted(Comparator.comparing(CaseloadRow::assistantName)).toList();
    }

    private Component chart(List<CaseloadRow> caseloads) {
        String description = caseloads.stream()
                .map(row -> getTranslation(row.atCap() ? "head.caseload.full" : "head.caseload.row",
                        row.assistantName(), row.activeFamilies(), row.cap()))
                .collect(Collectors.joining("; "));
        Svg chart = new Svg(CaseloadChart.svg(caseloads,
                getTranslation("head.caseloads.chart", CaseRules.MAX_FAMILIES_PER_ASSISTANT), description,
                getTranslation("head.caseloads.cap", CaseRules.MAX_FAMILIES_PER_ASSISTANT)));
        chart.setId("caseload-chart");
        chart.addClassName("caseload-chart-box");
        return chart;
    }

    private Component caseloadTable(List<CaseloadRow> caseloads) {
        NativeTable table = new NativeTable();
        table.setId("caseload-table");
        table.addClassName("data-table");
        table.setCaptionText(getTranslation("head.caseloads.table"));
        NativeTableRow header = table.getHead().addRow();
        for (String key : List.of("head.column.assistant", "head.column.families", "head.column.free",
                "head.column.overdue")) {
            header.addHeaderCell().setText(getTranslation(key));
        }
        NativeTableBody body = table.addBody();
        for (CaseloadRow row : caseloads) {
            NativeTableRow line = body.addRow();
            NativeTableHeaderCell name = line.addHeaderCell();
            name.setText(row.assistantName());
            name.getElement().setAttribute("scope", "row");
            line.addDataCell().setText(getTranslation("head.caseload.of", row.activeFamilies(), row.cap()));
            line.addDataCell().setText(row.atCap() ? getTranslation("head.caseload.no-room")
                    : String.valueOf(row.freeSlots()));
            line.addDataCell().setText(String.valueOf(row.overdueAssessments()));
        }
        return table;
    }

    private Grid<AssignmentRequestRow> awaiting(List<AssignmentRequestRow> requests, LocalDate today) {
        Grid<AssignmentRequestRow> grid = new Grid<>();
        grid.setId("awaiting-assignment");
        grid.setAriaLabel(getTranslation("head.awaiting"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(row -> CasePages.link(row.familyName(), row.caseId())))
                .setHeader(getTranslation("cases.column.family")).setFlexGrow(1);
        grid.addColumn(row -> row.socialWorkerName() == null ? "" : row.socialWorkerName())
                .setHeader(getTranslation("head.column.requested-by"));
        grid.addColumn(row -> Dates.format(row.requestedAt())).setHeader(getTranslation("head.column.requested-at"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.courtOrdered() ? getTranslation("head.court-ordered")
                        : row.justification() == null ? "" : row.justification())
                .setHeader(getTranslation("head.column.justification")).setFlexGrow(3);
        grid.addColumn(row -> Labels.of(Labels.LEGAL_BASIS, row.legalBasis()))
                .setHeader(getTranslation("cases.column.legal-basis"));
        grid.addColumn(new ComponentRenderer<>(row -> assignButton(row, today)))
                .setHeader(getTranslation("head.column.assign"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(requests);
        return grid;
    }

    private Button assignButton(AssignmentRequestRow row, LocalDate today) {
        Button assign = new Button(getTranslation("actions.assign"));
        assign.addClassName("assign-assistant");
        assign.setAriaLabel(getTranslation("head.assign.label", row.familyName()));
        assign.addClickListener(click -> steps.assign(actor, row.caseId(), row.familyName(), today)
                .onSaved(this::changed).open());
        return assign;
    }

    private Grid<AssessmentDueRow> assessments(List<AssessmentDueRow> rows, LocalDate today) {
        Grid<AssessmentDueRow> grid = new Grid<>();
        grid.setId("assessments-due");
        grid.setAriaLabel(getTranslation("head.assessments"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(row -> CasePages.link(row.familyName(), row.caseId())))
                .setHeader(getTranslation("cases.column.family"));
        grid.addColumn(AssessmentDueRow::assistantName).setHeader(getTranslation("cases.column.assistant"));
        grid.addColumn(row -> row.lastAssessmentOn() == null ? getTranslation("head.no-assessment-yet")
                : Dates.format(row.lastAssessmentOn())).setHeader(getTranslation("head.column.last-assessment"));
        grid.addColumn(new ComponentRenderer<>(row -> {
            Div cell = new Div(new Span(Dates.format(row.due())));
            cell.addClassName("inline-values");
            AssessmentFlag.of(row.due(), today).ifPresent(cell::add);
            return cell;
        })).setHeader(getTranslation("cases.column.next-assessment")).setAutoWidth(true);
        grid.setItems(rows);
        return grid;
    }
}
