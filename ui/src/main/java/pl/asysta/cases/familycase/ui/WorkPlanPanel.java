package pl.asysta.cases.familycase.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import pl.asysta.cases.familycase.ActionStatus;
import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.cases.familycase.PlanVersionDetails.PlanActionRow;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Fields;
import pl.asysta.forms.Labels;

/**
 * The family work plan (uwr art. 15 ust. 1 pkt 1, ust. 3): the version in force first, and every earlier version
 * still readable as it was adopted, since a revision never overwrites one. For the version in force the assigned
 * assistant notes progress on an action, completes it or drops it with a reason.
 */
class WorkPlanPanel extends Div {

    private final OpenCase context;
    private final transient CaseStepDialogs dialogs;
    private final Div shown = new Div();

    /** {@code versions} holds every version of the plan, the one in force first. */
    WorkPlanPanel(OpenCase context, List<PlanVersionDetails> versions, CaseStepDialogs dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        addClassName("work-plan");
        H2 heading = new H2(getTranslation("plan.title"));
        heading.setId("plan-heading");
        add(heading);
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("plan.none")));
            return;
        }
        Select<PlanVersionDetails> version = new Select<>();
        version.setId("plan-version");
        Fields.label(version, getTranslation("plan.version.choose"));
        version.setItems(versions);
        version.setItemLabelGenerator(plan -> getTranslation(
                plan == versions.getFirst() ? "plan.version.current" : "plan.version.earlier",
                plan.version(), Dates.format(plan.adoptedOn())));
        version.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue(), change.getValue() == versions.getFirst());
            }
        });
        shown.setId("plan-version-shown");
        add(version, shown);
        version.setValue(versions.getFirst());
    }

    private void show(PlanVersionDetails plan, boolean current) {
        shown.removeAll();
        H3 title = new H3(getTranslation("plan.version.heading", plan.version()));
        Paragraph adopted = new Paragraph(getTranslation("plan.version.adopted", Dates.format(plan.adoptedOn()),
                plan.authorName()));
        adopted.addClassName("secondary-text");
        Paragraph goals = new Paragraph(plan.goals());
        goals.setId("plan-goals");
        goals.addClassName("preserve-lines");
        Div goalsBlock = new Div(new Span(getTranslation("plan.goals")), goals);
        goalsBlock.addClassName("labelled-text");
        shown.add(title, adopted, goalsBlock, actions(plan, current && mayFollowActions()), consultations(plan));
    }

    /** The case permits some step on the actions of its plan (only the assigned assistant, while working). */
    private boolean mayFollowActions() {
        return Stream.of(ActionStepDialog.Step.values()).anyMatch(step -> context.permits(step.kind()));
    }

    private Component actions(PlanVersionDetails plan, boolean editable) {
        Grid<PlanActionRow> grid = new Grid<>();
        grid.setId("plan-actions");
        grid.setAriaLabel(getTranslation("plan.actions.label", plan.version()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(PlanActionRow::description).setHeader(getTranslation("plan.action.description")).setFlexGrow(3);
        grid.addColumn(row -> row.owner() == null ? "" : row.owner().name() + " ("
                        + Labels.of(Labels.OWNER_KIND, row.owner().kind()) + ")")
                .setHeader(getTranslation("plan.action.owner")).setFlexGrow(2);
        grid.addColumn(row -> Dates.format(row.deadline())).setHeader(getTranslation("plan.action.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlanActionRow::expectedEffect).setHeader(getTranslation("plan.action.effect")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::status)).setHeader(getTranslation("plan.action.status"))
                .setFlexGrow(2);
        if (editable) {
            grid.addColumn(new ComponentRenderer<>(this::steps)).setHeader(getTranslation("plan.action.steps"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(plan.actions());
        return grid;
    }

    private Component status(PlanActionRow row) {
        Badge.Tone tone = switch (row.status()) {
            case OPEN -> row.deadline() != null && row.deadline().isBefore(context.today())
                    ? Badge.Tone.ERROR : Badge.Tone.NEUTRAL;
            case COMPLETED -> Badge.Tone.SUCCESS;
            case DROPPED -> Badge.Tone.WARNING;
        };
        String label = Labels.of(Labels.ACTION_STATUS, row.status());
        if (tone == Badge.Tone.ERROR) {
            label = getTranslation("plan.action.overdue");
        }
        Div status = new Div(Badge.of(label, tone));
        status.addClassName("action-status");
        if (row.closingNote() != null) {
            status.add(new Paragraph(Dates.format(row.closedOn()) + ": " + row.closingNote()));
        } else if (row.lastProgressNote() != null) {
            status.add(new Paragraph(getTranslation("plan.action.last-progress", Dates.format(row.lastProgressOn()),
                    row.lastProgressNote())));
        }
        return status;
    }

    private Component steps(PlanActionRow row) {
        Div steps = new Div();
        steps.addClassName("action-steps");
        if (row.status() != ActionStatus.OPEN) {
            return steps;
        }
        for (ActionStepDialog.Step step : ActionStepDialog.Step.values()) {
            if (!context.permits(step.kind())) {
                continue;
            }
            Button button = new Button(getTranslation(step.buttonKey()));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(getTranslation(step.buttonKey()) + ": " + row.description());
            button.addClickListener(click -> dialogs.onAction(context, row, step).open());
            steps.add(button);
        }
        return steps;
    }

    private Component consultations(PlanVersionDetails plan) {
        Div block = new Div(new H3(getTranslation("plan.consultations", plan.version())));
        block.addClassName("plan-consultations");
        if (plan.consultations().isEmpty()) {
            block.add(new Paragraph(getTranslation("plan.consultations.none")));
            return block;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("plain-list");
        plan.consultations().forEach(consultation -> list.add(new ListItem(getTranslation("plan.consultation",
                consultation.socialWorkerName(), Dates.format(consultation.recordedAt()), consultation.opinion()))));
        block.add(list);
        return block;
    }
}
