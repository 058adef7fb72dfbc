package pl.asysta.cases.support.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;

import pl.asysta.cases.familycase.ui.CasePages;
import pl.asysta.cases.support.ClaimRow;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.errors.ErrorMessages;
import pl.asysta.eventstore.Recorded;
import pl.asysta.forms.EmptyState;
import pl.asysta.shared.Actor;

/**
 * The head's list of supporting families' claims that wait for a decision (uwr art. 30: the centre reimburses
 * what the agreement covers): each with the family, the household, the month, the amounts and the receipt scans
 * to open, approved with one button or rejected with a reason.
 */
public final class ClaimsToDecide {

    private ClaimsToDecide() {
    }

    /** The heading and the claims; {@code changed} shows the page again once the read model has a decision. */
    public static void addTo(Div content, SupportCommands commands, SupportQueries queries, ErrorMessages errors,
                             Actor actor, Consumer<Recorded> changed) {
        content.add(new H2(I18NProvider.translate("supporting.decide.title")));
        List<ClaimRow> waiting = queries.awaitingDecision(actor);
        if (waiting.isEmpty()) {
            content.add(EmptyState.of("supporting.decide.none"));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("claims-to-decide");
        list.addClassNames("plain-list", "support-list");
        for (ClaimRow claim : waiting) {
            ListItem item = SupportItems.claimItem(claim, queries, actor);
            Div family = new Div(CasePages.link(claim.familyName(), claim.caseId()),
                    new Span(claim.householdName()));
            family.addClassName("inline-values");
            item.addComponentAsFirst(family);
            String month = SupportItems.monthName(claim.month());
            Button approve = new Button(I18NProvider.translate("supporting.decide.approve"));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.addClassName("approve-claim");
            approve.setAriaLabel(I18NProvider.translate("supporting.decide.approve.label", claim.familyName(), month));
            approve.addClickListener(click -> {
                Recorded approved;
                try {
                    approved = commands.approve(claim.arrangementId(), claim.claimId(), actor);
                } catch (RuntimeException refusal) {
                    Notification problem = Notification.show(errors.describe(refusal, UI.getCurrent().getLocale()),
                            6000, Notification.Position.MIDDLE);
                    problem.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    problem.getElement().setAttribute("role", "alert");
                    return;
                }
                approve.setEnabled(false);
                changed.accept(approved);
            });
            Button reject = new Button(I18NProvider.translate("supporting.decide.reject"));
            reject.addClassName("reject-claim");
            reject.setAriaLabel(I18NProvider.translate("supporting.decide.reject.label", claim.familyName(), month));
            reject.addClickListener(click -> new RejectClaimDialog(claim, commands, errors, actor).onSaved(changed)
                    .open());
            Div buttons = new Div(approve, reject);
            buttons.addClassName("action-buttons");
            item.add(buttons);
            list.add(item);
        }
        content.add(list);
    }
}
