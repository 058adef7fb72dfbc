package pl.asysta.cases.support.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.ActionStatus;
import pl.asysta.cases.support.ArrangementRow;
import pl.asysta.cases.support.AssignedAction;
import pl.asysta.cases.support.ClaimRow;
import pl.asysta.cases.support.HelpRow;
import pl.asysta.cases.support.HouseholdSupport;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;
import pl.asysta.forms.Money;
import pl.asysta.shared.Actor;

/**
 * One family a household supports, on the household's page: who they are (as much as the household needs), the
 * agreement, the household's plan actions, its log with the form to add to it, and its claims with the form to
 * make one. {@code suffix} keeps element ids unique when a household supports several families.
 */
class SupportedFamily extends Div {

    /** {@code changed} shows the page again once the read model has what one of its forms sent. */
    SupportedFamily(HouseholdSupport family, String suffix, SupportCommands commands, SupportQueries queries,
                    ErrorMessages errors, Actor actor, LocalDate today, Consumer<Recorded> changed) {
        addClassName("supported-family");
        ArrangementRow arrangement = family.arrangement();
        H2 title = new H2(I18NProvider.translate("supporting.family.title", family.familyName()));
        title.setId("supported-family" + suffix);
        add(title, facts(family));

        add(heading("supporting.actions.title"), actions(family.actions(), suffix));

        add(heading("supporting.help.title"));
        if (arrangement.runsOn(today)) {
            add(new HelpForm(arrangement, suffix, commands, errors, actor, today, changed));
        } else {
            add(note("supporting.help.closed", Dates.format(arrangement.startsOn()),
                    Dates.format(arrangement.lastDay())));
        }
        add(heading("supporting.log.title"), log(family.help(), suffix));

        add(heading("supporting.claim.title"));
        if (ClaimForm.claimableMonths(arrangement, today).isEmpty()) {
            add(note("supporting.claim.not-yet", Dates.format(arrangement.startsOn())));
        } else {
            add(new ClaimForm(arrangement, family.claims(), suffix, commands, errors, actor, today, changed));
        }
        add(heading("supporting.claims.title"), claims(family.claims(), suffix, queries, actor));
    }

    private static Component facts(HouseholdSupport family) {
        ArrangementRow arrangement = family.arrangement();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("case-facts");
        fact(facts, "supporting.family.children", family.children().isEmpty()
                ? I18NProvider.translate("supporting.family.no-children") : String.join(", ", family.children()));
        fact(facts, "supporting.family.assistant", family.assistantName() == null
                ? I18NProvider.translate("cases.no-assistant") : family.assistantName());
        fact(facts, "supporting.family.agreement", I18NProvider.translate("supporting.family.agreement.value",
                arrangement.agreementReference(), Dates.format(arrangement.startsOn()),
                Dates.format(arrangement.endsOn())));
        fact(facts, "supporting.family.costs", I18NProvider.translate("supporting.family.costs.value",
                String.join(", ", arrangement.costKinds().stream().sorted()
                        .map(kind -> Labels.of(SupportItems.COST_KIND, kind)).toList()),
                Money.format(arrangement.monthlyLimit())));
        if (arrangement.ended()) {
            fact(facts, "supporting.family.ended", I18NProvider.translate("supporting.family.ended.value",
                    Dates.format(arrangement.endedOn()), arrangement.endReason()));
        }
        return facts;
    }

    private static void fact(DescriptionList facts, String key, String value) {
        facts.add(new DescriptionList.Term(I18NProvider.translate(key)), new DescriptionList.Description(value));
    }

    private static Component actions(List<AssignedAction> actions, String suffix) {
        if (actions.isEmpty()) {
            return note("supporting.actions.none");
        }
        UnorderedList list = new UnorderedList();
        list.setId("assigned-actions" + suffix);
        list.addClassNames("plain-list", "support-list");
        for (AssignedAction action : actions) {
            Div head = new Div(new Span(action.description()), Badge.of(Labels.of(Labels.ACTION_STATUS,
                    action.status()), action.status() == ActionStatus.OPEN ? Badge.Tone.NEUTRAL : Badge.Tone.SUCCESS));
            head.addClassName("inline-values");
            Span deadline = new Span(I18NProvider.translate("supporting.actions.deadline",
                    Dates.format(action.deadline()), action.expectedEffect()));
            deadline.addClassName("secondary-text");
            ListItem item = new ListItem(head, deadline);
            item.addClassName("support-item");
            list.add(item);
        }
        return list;
    }

    private static Component log(List<HelpRow> help, String suffix) {
        if (help.isEmpty()) {
            return note("supporting.log.none");
        }
        UnorderedList list = new UnorderedList();
        list.setId("help-log" + suffix);
        list.addClassNames("plain-list", "support-list");
        for (HelpRow entry : help) {
            Span head = new Span(I18NProvider.translate("supporting.log.entry", Dates.format(entry.helpedOn()),
                    Labels.of(SupportItems.HELP_KIND, entry.kind()), Money.hours(entry.minutes())));
            head.addClassName("support-item-head");
            Paragraph note = new Paragraph(entry.note());
            note.addClassName("preserve-lines");
            ListItem item = new ListItem(head, note);
            item.addClassName("support-item");
            list.add(item);
        }
        return list;
    }

    static Component claims(List<ClaimRow> claims, String suffix, SupportQueries queries, Actor actor) {
        if (claims.isEmpty()) {
            return note("supporting.claims.none");
        }
        UnorderedList list = new UnorderedList();
        list.setId("claims" + suffix);
        list.addClassNames("plain-list", "support-list");
        for (ClaimRow claim : claims) {
            list.add(SupportItems.claimItem(claim, queries, actor));
        }
        return list;
    }

    private static H3 heading(String key) {
        return new H3(I18NProvider.translate(key));
    }

    private static Paragraph note(String key, Object... arguments) {
        Paragraph note = new Paragraph(I18NProvider.translate(key, arguments));
        note.addClassName("empty-state");
        return note;
    }
}
