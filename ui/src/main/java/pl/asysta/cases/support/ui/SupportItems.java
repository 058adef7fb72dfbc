package pl.asysta.cases.support.ui;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import pl.asysta.cases.support.ClaimRow;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.cases.support.SupportTimeline;
import pl.asysta.cases.support.domain.Receipt;
import pl.asysta.forms.Badge;
import pl.asysta.forms.Dates;
import pl.asysta.forms.Labels;
import pl.asysta.forms.Money;
import pl.asysta.i18n.Translations;
import pl.asysta.shared.Actor;

/**
 * How the supporting family's codes, months and claims are shown, the same on the household's page, the case
 * page and the head's list: kinds of help and cost by name, months by name, amounts in złoty, hours in hours.
 */
public final class SupportItems {

    public static final String HELP_KIND = "supporting.help-kind";
    public static final String COST_KIND = "supporting.cost-kind";
    public static final String CLAIM_STATUS = "supporting.claim-status";

    /** The timeline entries of an arrangement whose subject is a code and a number ({@link SupportTimeline}). */
    private static final Set<String> HELP_ENTRIES = Set.of("HelpLogged");
    private static final Set<String> CLAIM_ENTRIES = Set.of("ReimbursementClaimed", "ReimbursementCorrectionClaimed",
            "ReimbursementApproved", "ReimbursementRejected");

    private SupportItems() {
    }

    /** A month as the page's language names it: {@code listopad 2026}, {@code November 2026}. */
    public static String monthName(YearMonth month) {
        Locale locale = Translations.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }

    /**
     * The subject of one of an arrangement's timeline entries in the reader's language ("Odrabianie lekcji, 2,5 h"
     * or "listopad 2026: 158,69 zł"); empty for an entry of another kind, which the timeline says itself.
     */
    public static Optional<String> timelineSubject(String entryType, String subject) {
        if (HELP_ENTRIES.contains(entryType)) {
            return Optional.of(SupportTimeline.parseHelp(subject)
                    .map(help -> Labels.of(HELP_KIND, help.kind()) + ", " + Money.hours(help.minutes()))
                    .orElse(subject));
        }
        if (CLAIM_ENTRIES.contains(entryType)) {
            return Optional.of(SupportTimeline.parseClaim(subject)
                    .map(claim -> monthName(claim.month()) + ": " + Money.format(claim.total()))
                    .orElse(subject));
        }
        return Optional.empty();
    }

    /** One claim: its month and total, its status, its lines and receipts, and the decision once made. */
    public static ListItem claimItem(ClaimRow claim, SupportQueries queries, Actor actor) {
        Div head = new Div();
        head.addClassName("inline-values");
        head.add(new Span(I18NProvider.translate(claim.correction() ? "supporting.claims.correction-of"
                : "supporting.claims.month", monthName(claim.month()), Money.format(claim.total()))),
                Badge.of(Labels.of(CLAIM_STATUS, claim.status()), switch (claim.status()) {
                    case SUBMITTED -> Badge.Tone.NEUTRAL;
                    case APPROVED -> Badge.Tone.SUCCESS;
                    case REJECTED -> Badge.Tone.ERROR;
                }));
        ListItem item = new ListItem(head);
        item.addClassName("support-item");
        Span lines = new Span(String.join("; ", claim.lines().stream().map(line -> Labels.of(COST_KIND, line.kind())
                + ": " + Money.format(line.amount())).toList()));
        lines.addClassName("secondary-text");
        Span submitted = new Span(I18NProvider.translate("supporting.claims.submitted",
                Dates.format(claim.claimedOn()), claim.claimedBy()));
        submitted.addClassName("secondary-text");
        item.add(lines, submitted);
        if (claim.note() != null) {
            Paragraph note = new Paragraph(claim.note());
            note.addClassName("preserve-lines");
            item.add(note);
        }
        if (!claim.receipts().isEmpty()) {
            Div receipts = new Div(new Span(I18NProvider.translate("supporting.claims.receipts")));
            receipts.addClassName("inline-values");
            for (Receipt receipt : claim.receipts()) {
                receipts.add(receiptLink(receipt, queries, actor));
            }
            item.add(receipts);
        }
        if (claim.decidedOn() != null) {
            Span decided = new Span(I18NProvider.translate("supporting.claims.decided",
                    Dates.format(claim.decidedOn()), claim.decidedBy()));
            decided.addClassName("secondary-text");
            item.add(decided);
        }
        if (claim.rejectionReason() != null) {
            Paragraph reason = new Paragraph(new Span(I18NProvider.translate("supporting.claims.reason")),
                    new Text(" " + claim.rejectionReason()));
            reason.addClassNames("labelled-text", "preserve-lines");
            item.add(reason);
        }
        return item;
    }

    /**
     * A link that opens the receipt scan in a new tab. The scan is read, and the read recorded, when the link is
     * followed; someone who may not see it gets "not found".
     */
    static Anchor receiptLink(Receipt receipt, SupportQueries queries, Actor actor) {
        DownloadHandler download = DownloadHandler.fromInputStream(event -> queries.receipt(receipt.receiptId(), actor)
                .map(content -> new DownloadResponse(new ByteArrayInputStream(content.content()),
                        content.fileName(), content.contentType(), content.content().length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
        Anchor link = new Anchor(download, receipt.fileName() == null ? receipt.receiptId() : receipt.fileName());
        link.setTarget("_blank");
        link.addClassName("receipt-link");
        return link;
    }
}
