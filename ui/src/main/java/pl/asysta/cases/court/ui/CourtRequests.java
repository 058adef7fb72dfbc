package pl.asysta.cases.court.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.OpinionQueries;
import pl.asysta.cases.court.OpinionRequestRow;
import pl.asysta.cases.court.domain.OpinionStatus;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.Dates;
import pl.asysta.forms.EmptyState;
import pl.asysta.forms.Labels;
import pl.asysta.shared.Actor;

/**
 * The court's own requests: reference, family, questions, deadline and status, and for a delivered one who wrote
 * and approved it, the file's position it rests on, the SHA-256 and the download. A request still owed can be
 * withdrawn; a decision can be recorded on the family of any of them.
 */
class CourtRequests extends Div {

    private final transient OpinionCommands commands;
    private final transient OpinionQueries opinions;
    private final transient ErrorMessages errors;
    private final transient Actor actor;
    private final LocalDate today;
    private final transient Consumer<Recorded> changed;

    /** {@code changed} shows the page again once the read model has what the court just did. */
    CourtRequests(List<OpinionRequestRow> requests, OpinionCommands commands, OpinionQueries opinions,
                  ErrorMessages errors, Actor actor, LocalDate today, Consumer<Recorded> changed) {
        this.commands = commands;
        this.opinions = opinions;
        this.errors = errors;
        this.actor = actor;
        this.today = today;
        this.changed = changed;
        addClassName("court-requests");
        add(new H2(getTranslation("court.requests.title")));
        add(requests.isEmpty() ? EmptyState.of("court.requests.none") : grid(requests));
    }

    private Grid<OpinionRequestRow> grid(List<OpinionRequestRow> requests) {
        Grid<OpinionRequestRow> grid = new Grid<>();
        grid.setId("court-requests");
        grid.setAriaLabel(getTranslation("court.requests.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(this::proceedings)).setHeader(getTranslation("court.column.case"))
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::questions)).setHeader(getTranslation("court.column.questions"))
                .setWidth("10rem").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::deadlineAndStatus))
                .setHeader(getTranslation("court.column.deadline")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::opinion)).setHeader(getTranslation("court.column.opinion"))
                .setWidth("16rem").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("court.column.actions"))
                .setWidth("9rem").setFlexGrow(0);
        grid.setItems(requests);
        return grid;
    }

    /** The reference in bold, the family it concerns, and when the court asked. */
    private Component proceedings(OpinionRequestRow row) {
        Span reference = new Span(row.reference().value());
        reference.getStyle().setFontWeight(600);
        Div cell = new Div(reference, new Span(row.familyName()),
                secondary(getTranslation("court.requested-on", Dates.format(row.requestedOn()))));
        cell.addClassName("stacked-text");
        return cell;
    }

    private Component questions(OpinionRequestRow row) {
        Div questions = new Div(row.questions());
        questions.addClassName("preserve-lines");
        return questions;
    }

    private Component deadlineAndStatus(OpinionRequestRow row) {
        Div cell = new Div(OpinionRequests.deadline(row), new Span(Labels.of("opinion.status", row.status())));
        cell.addClassName("stacked-text");
        return cell;
    }

    private Component opinion(OpinionRequestRow row) {
        if (row.delivered()) {
            return OpinionDownloads.delivered(row.delivery(), row.requestId(), row.familyName(), row.reference(),
                    opinions, actor, null, null);
        }
        if (row.status() == OpinionStatus.WITHDRAWN) {
            return secondary(getTranslation("opinion.withdrawn.on", Dates.format(row.withdrawnOn()),
                    row.withdrawalReason()));
        }
        return secondary(getTranslation("court.opinion.pending"));
    }

    private Component actions(OpinionRequestRow row) {
        Div actions = new Div();
        actions.addClassName("stacked-text");
        Button decision = new Button(getTranslation("court.decision.record"));
        decision.addThemeVariants(ButtonVariant.LUMO_SMALL);
        decision.addClassName("court-record-decision");
        decision.setAriaLabel(getTranslation("court.decision.record.label", row.familyName(),
                row.reference().value()));
        decision.addClickListener(click -> new CourtDecisionDialog(errors, commands, row, actor, today)
                .onSaved(changed).open());
        actions.add(decision);
        if (row.status().awaitsDelivery()) {
            Button withdraw = new Button(getTranslation("court.withdraw"));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL);
            withdraw.addClassName("court-withdraw");
            withdraw.setAriaLabel(getTranslation("court.withdraw.label", row.familyName(), row.reference().value()));
            withdraw.addClickListener(click -> new WithdrawRequestDialog(errors, commands, row, actor)
                    .onSaved(changed).open());
            actions.add(withdraw);
        }
        return actions;
    }

    private static Span secondary(String text) {
        Span span = new Span(text);
        span.addClassName("secondary-text");
        return span;
    }
}
