package pl.asysta.start;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import pl.asysta.cases.access.ui.StartPage;
import pl.asysta.cases.court.OpinionQueries;
import pl.asysta.cases.court.ui.OpinionRequests;
import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.DueActionRow;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.ui.CaseHistoryLinks;
import pl.asysta.cases.familycase.ui.CaseLists;
import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.referral.ui.ReferralDeadlines;
import pl.asysta.cases.sharing.SharingQueries;
import pl.asysta.cases.sharing.ui.AccessAlerts;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.forms.EmptyState;
import pl.asysta.forms.Labels;
import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.security.CurrentActor;
import pl.asysta.security.Roles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;
import pl.asysta.time.ClockConfiguration;

/**
 * The family assistant's start: who from outside the case team opened one of their families' files, the
 * referrals whose answer is overdue or near, the court's requests for opinions and its decisions, the plan actions
 * due this week with the overdue ones first, then their families (at most fifteen, uwr art. 15 ust. 4), those
 * whose periodic assessment is overdue or due soon at the top.
 */
@Route("assistant")
@RolesAllowed(Roles.FAMILY_ASSISTANT)
class AssistantStartView extends StartPage {

    /** "This week": the deadlines of the next seven days, so Friday shows the coming Monday too. */
    private static final int DAYS_AHEAD = 7;

    private final transient WorkListQueries workLists;
    private final transient SharingQueries sharing;
    private final transient ReferralQueries referrals;
    private final transient OpinionQueries opinions;
    private final transient InstitutionDirectory institutions;
    private final transient CaseHistoryLinks history;
    private final transient Clock clock;
    private final transient Actor actor;

    AssistantStartView(WorkListQueries workLists, SharingQueries sharing, ReferralQueries referrals,
                       OpinionQueries opinions, InstitutionDirectory institutions, CaseHistoryLinks history,
                       Clock clock, CurrentActor currentActor) {
        super(Role.FAMILY_ASSISTANT);
        this.workLists = workLists;
        this.sharing = sharing;
        this.referrals = referrals;
        this.opinions = opinions;
        this.institutions = institutions;
        this.history = history;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
        this.actor = currentActor.require();
    }

    @Override
    protected void showContent(Div content) {
        LocalDate today = LocalDate.now(clock);
        List<CaseSummary> families = workLists.casesFor(actor).stream()
                .sorted(Comparator.comparing((CaseSummary row) -> !row.assessmentOverdue())
                        .thenComparing(row -> !row.assessmentDueSoon())
                        .thenComparing(CaseSummary::familyName))
                .toList();
        long active = families.stream().filter(row -> row.status() == CaseStatus.ACTIVE).count();
        long overdue = families.stream().filter(CaseSummary::assessmentOverdue).count();

        Paragraph summary = new Paragraph(getTranslation("assistant.summary", active,
                CaseRules.MAX_FAMILIES_PER_ASSISTANT, overdue));
        summary.setId("assistant-summary");
        content.add(summary);

        content.add(new AccessAlerts(sharing, institutions, actor, this::refresh));
        ReferralDeadlines.addTo(content, referrals, institutions, actor);
        OpinionRequests.addTo(content, opinions, institutions, history, actor);

        content.add(new H2(getTranslation("assistant.due-actions")));
        List<DueActionRow> due = workLists.actionsDueFor(today, today.plusDays(DAYS_AHEAD), actor).stream()
                .sorted(Comparator.comparing((DueActionRow row) -> !row.overdue())
                        .thenComparing(DueActionRow::deadline))
                .toList();
        content.add(due.isEmpty() ? EmptyState.of("assistant.due-actions.none") : dueActions(due));

        content.add(new H2(getTranslation("assistant.families")));
        content.add(families.isEmpty() ? EmptyState.of("assistant.families.none")
                : CaseLists.families("my-families", getTranslation("assistant.families"), families, today, false));
    }

    private Grid<DueActionRow> dueActions(List<DueActionRow> due) {
        Grid<DueActionRow> grid = new Grid<>();
        grid.setId("due-actions");
        grid.setAriaLabel(getTranslation("assistant.due-actions"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(row -> {
            Div deadline = new Div(new Span(Dates.format(row.deadline())));
            deadline.addClassName("inline-values");
            if (row.overdue()) {
                deadline.add(Badge.of(getTranslation("plan.action.overdue"), Badge.Tone.ERROR));
            }
            return deadline;
        })).setHeader(getTranslation("plan.action.deadline")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> CasePages.link(row.familyName(), row.caseId())))
                .setHeader(getTranslation("cases.column.family"));
        grid.addColumn(DueActionRow::description).setHeader(getTranslation("plan.action.description")).setFlexGrow(3);
        grid.addColumn(row -> row.owner() == null ? "" : row.owner().name() + " ("
                + Labels.of(Labels.OWNER_KIND, row.owner().kind()) + ")")
                .setHeader(getTranslation("plan.action.owner")).setFlexGrow(2);
        grid.setItems(due);
        return grid;
    }
}
