package pl.asysta.start;

import java.util.List;

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

import pl.asysta.cases.support.ClaimRow;
import pl.asysta.caseview.CasePages;
import pl.asysta.caseview.SupportItems;
import pl.asysta.caseview.SupportServices;
import pl.asysta.shared.Actor;

/**
 * The head's list of supporting families' claims that wait for a decision (uwr art. 30: the centre reimburses
 * what the agreement covers): each with the family, the household, the month, the amounts and the receipt scans
 * to open, approved with one button or rejected with a reason.
 */
final class ClaimsToDecide {

    private ClaimsToDecide() {
    }

    static void addTo(Div content, SupportServices support, Actor actor, Runnable refresh) {
        content.add(new H2(I18NProvider.translate("supporting.decide.title")));
        List<ClaimRow> waiting = support.queries().awaitingDecision(actor);
        if (waiting.isEmpty()) {
            content.add(CaseLists.empty("supporting.decide.none"));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("claims-to-decide");
        list.addClassNames("plain-list", "support-list");
        for (ClaimRow claim : waiting) {
            ListItem item = SupportItems.claimItem(claim, support, actor);
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
                long known = support.position(claim.arrangementId(), actor);
                try {
                    support.commands().approve(claim.arrangementId(), claim.claimId(), actor);
                } catch (RuntimeException refusal) {
                    Notification problem = Notification.show(support.cases().errors().describe(refusal,
                            UI.getCurrent().getLocale()), 6000, Notification.Position.MIDDLE);
                    problem.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    problem.getElement().setAttribute("role", "alert");
                    return;
                }
                support.awaitNewEvent(claim.arrangementId(), actor, known);
                refresh.run();
            });
            Button reject = new Button(I18NProvider.translate("supporting.decide.reject"));
            reject.addClassName("reject-claim");
            reject.setAriaLabel(I18NProvider.translate("supporting.decide.reject.label", claim.familyName(), month));
            reject.addClickListener(click -> {
                long known = support.position(claim.arrangementId(), actor);
                new RejectClaimDialog(claim, support, actor).onSaved(() -> {
                    support.awaitNewEvent(claim.arrangementId(), actor, known);
                    refresh.run();
                }).open();
            });
            Div buttons = new Div(approve, reject);
            buttons.addClassName("action-buttons");
            item.add(buttons);
            list.add(item);
        }
        content.add(list);
    }
}
