package pl.asysta.cases.referral.ui;

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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.cases.referral.domain.ReferralStatus;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.Dates;
import pl.asysta.forms.EmptyState;
import pl.asysta.forms.Labels;
import pl.asysta.shared.Actor;

/**
 * The referrals sent to the signed-in person's institution: those still awaiting an answer, each with what can be
 * done with it now (accept or decline an open one, answer an accepted one), and below them the ones already
 * replied to. The family's name is all of the case a referral shows; whether the institution may open the case
 * is the grants' business (the list of granted cases).
 */
public class ReferralInbox extends Div {

    static final String STATUS = "inbox.status";

    private final transient ReferralCommands commands;
    private final transient ErrorMessages errors;
    private final transient Actor actor;
    private final LocalDate today;
    private final transient Consumer<Recorded> changed;

    /** {@code changed} shows the page again once the read model has a reply just sent. */
    public ReferralInbox(ReferralCommands commands, ReferralQueries referrals, ErrorMessages errors, Actor actor,
                         LocalDate today, Consumer<Recorded> changed) {
        this.commands = commands;
        this.errors = errors;
        this.actor = actor;
        this.today = today;
        this.changed = changed;
        addClassName("referral-inbox");

        List<ReferralRow> inbox = referrals.inbox(actor);
        List<ReferralRow> awaiting = inbox.stream().filter(row -> row.status().awaitsAnswer()).toList();
        List<ReferralRow> replied = inbox.stream().filter(row -> !row.status().awaitsAnswer()).toList();

        add(new H2(getTranslation("inbox.title")));
        add(new H3(getTranslation("inbox.awaiting")));
        add(awaiting.isEmpty() ? EmptyState.of("inbox.awaiting.none") : awaiting(awaiting));
        add(new H3(getTranslation("inbox.replied")));
        add(replied.isEmpty() ? EmptyState.of("inbox.replied.none") : replied(replied));
    }

    private Grid<ReferralRow> awaiting(List<ReferralRow> rows) {
        Grid<ReferralRow> grid = grid("inbox-awaiting", "inbox.awaiting");
        grid.addColumn(ReferralRow::familyName).setHeader(getTranslation("inbox.column.family")).setAutoWidth(true);
        grid.addColumn(row -> Labels.of(Labels.DATA_CATEGORY, row.category()))
                .setHeader(getTranslation("inbox.column.category")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::question))
                .setHeader(getTranslation("inbox.column.question")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(ReferralDeadlines::deadline))
                .setHeader(getTranslation("inbox.column.deadline")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Labels.of(STATUS, row.status())).setHeader(getTranslation("inbox.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        // Not measured: the first rows may hold one button where later ones hold two (which wrap if need be).
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("inbox.column.actions"))
                .setWidth("14rem").setFlexGrow(0);
        grid.setItems(rows);
        return grid;
    }

    private Grid<ReferralRow> replied(List<ReferralRow> rows) {
        Grid<ReferralRow> grid = grid("inbox-replied", "inbox.replied");
        grid.addColumn(ReferralRow::familyName).setHeader(getTranslation("inbox.column.family")).setAutoWidth(true);
        grid.addColumn(row -> Labels.of(Labels.DATA_CATEGORY, row.category()))
                .setHeader(getTranslation("inbox.column.category")).setAutoWidth(true);
        grid.addColumn(ReferralRow::purpose).setHeader(getTranslation("inbox.column.purpose")).setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(row -> Labels.of(STATUS, row.status())).setHeader(getTranslation("inbox.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> new Div(new Div(row.repliedBy()),
                        new Div(Dates.format(row.repliedOn())))))
                .setHeader(getTranslation("inbox.column.replied")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.status() == ReferralStatus.DECLINED ? row.declineReason() : row.answer())
                .setHeader(getTranslation("inbox.column.reply")).setWidth("12rem").setFlexGrow(2);
        grid.setItems(rows);
        return grid;
    }

    /** The purpose in bold, the question below it, and who sent it when: what the case team wants to know. */
    private Component question(ReferralRow row) {
        Span purpose = new Span(row.purpose());
        purpose.getStyle().setFontWeight(600);
        Div sender = new Div(getTranslation("inbox.sent-by", row.referredBy(), Dates.format(row.referredOn())));
        sender.addClassName("secondary-text");
        return new Div(purpose, new Div(row.question()), sender);
    }

    private Grid<ReferralRow> grid(String id, String labelKey) {
        Grid<ReferralRow> grid = new Grid<>();
        grid.setId(id);
        grid.setAriaLabel(getTranslation(labelKey));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** What can be done with the referral now: an open one is accepted or declined, an accepted one answered. */
    private Component actions(ReferralRow row) {
        Div actions = new Div();
        actions.addClassName("inline-values");
        if (row.status() == ReferralStatus.OPEN) {
            Button accept = button("inbox.accept", "inbox.accept.label", "inbox-accept", row);
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.addClickListener(click -> {
                // A refusal (say, a colleague replied meanwhile) reaches the portal's error handler, which says why.
                Recorded accepted = commands.accept(row.referralId(), actor);
                accept.setEnabled(false);
                changed.accept(accepted);
            });
            Button decline = button("inbox.decline", "inbox.decline.label", "inbox-decline", row);
            decline.addClickListener(click -> new DeclineReferralDialog(errors, commands, row, actor)
                    .onSaved(changed).open());
            actions.add(accept, decline);
        } else if (row.status() == ReferralStatus.ACCEPTED) {
            Button answer = button("inbox.answer", "inbox.answer.label", "inbox-answer", row);
            answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            answer.addClickListener(click -> new AnswerReferralDialog(errors, commands, row, actor, today)
                    .onSaved(changed).open());
            actions.add(answer);
        }
        return actions;
    }

    private Button button(String textKey, String labelKey, String className, ReferralRow row) {
        Button button = new Button(getTranslation(textKey));
        button.addClassName(className);
        button.setAriaLabel(getTranslation(labelKey, row.familyName(), row.purpose()));
        return button;
    }
}
