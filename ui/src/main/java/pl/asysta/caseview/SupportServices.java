package pl.asysta.caseview;

import java.io.ByteArrayInputStream;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import pl.asysta.cases.support.SupportCommands;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.cases.support.domain.Receipt;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.shared.Actor;

/**
 * What the supporting family's screens work with: the arrangement's write and read facades, and links to receipt
 * scans that ask the read facade (and so record the read) only when someone opens one.
 */
@Component
public class SupportServices {

    private final SupportCommands commands;
    private final SupportQueries queries;
    private final CaseServices cases;

    SupportServices(SupportCommands commands, SupportQueries queries, CaseServices cases) {
        this.commands = commands;
        this.queries = queries;
        this.cases = cases;
    }

    public SupportCommands commands() {
        return commands;
    }

    public SupportQueries queries() {
        return queries;
    }

    public CaseServices cases() {
        return cases;
    }

    /** How far the read side has followed the arrangement (no case data, so no access record). */
    public long position(SupportArrangementId arrangementId, Actor actor) {
        return queries.readSidePosition(arrangementId, actor);
    }

    /** Waits until the arrangement's newest event is newer than {@code known}, or the bound has passed. */
    public void awaitNewEvent(SupportArrangementId arrangementId, Actor actor, long known) {
        cases.await(() -> position(arrangementId, actor) > known);
    }

    /**
     * A link that opens the receipt scan in a new tab. The scan is read, and the read recorded, when the link is
     * followed; someone who may not see it gets "not found".
     */
    public Anchor receiptLink(Receipt receipt, Actor actor) {
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
