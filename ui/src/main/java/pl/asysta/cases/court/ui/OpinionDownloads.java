package pl.asysta.cases.court.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import pl.asysta.cases.court.OpinionDocument;
import pl.asysta.cases.court.OpinionQueries;
import pl.asysta.cases.court.OpinionRequestRow;
import pl.asysta.cases.court.domain.CourtReference;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.familycase.ui.CaseHistoryLinks;
import pl.asysta.forms.Dates;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;

/**
 * A delivered opinion as every side sees it: when and by whom, the provenance (the position of the case file it
 * was written against and when the file stood so), the SHA-256 of the document, and the link that downloads it.
 * The download asks the server again when it is clicked, so the reading is checked and recorded at that moment.
 */
public final class OpinionDownloads {

    private OpinionDownloads() {
    }

    /**
     * The delivery's facts and the download link, stacked. For a reader of the case ({@code historyOf} given),
     * the provenance links to the case file as it stood at the recorded position ({@code history}); the court,
     * which never opens the case, gets the position without the link.
     */
    public static Component delivered(OpinionRequestRow.Delivery delivery, OpinionRequestId requestId,
                                      String familyName, CourtReference reference, OpinionQueries queries,
                                      Actor actor, CaseId historyOf, CaseHistoryLinks history) {
        Div block = new Div();
        block.addClassNames("opinion-delivery", "stacked-text");
        block.add(new Span(I18NProvider.translate("opinion.delivered.on", Dates.format(delivery.deliveredAt()))));
        block.add(new Span(I18NProvider.translate("opinion.delivered.by", delivery.authorName(),
                delivery.approverName())));
        Span provenance = new Span(I18NProvider.translate("opinion.provenance", Dates.format(delivery.caseAsOf()),
                delivery.casePosition()));
        provenance.addClassName("opinion-provenance");
        block.add(provenance);
        if (historyOf != null) {
            RouterLink asItStood = history.atPosition(I18NProvider.translate("opinion.provenance.open"), historyOf,
                    delivery.casePosition());
            asItStood.addClassName("opinion-provenance-link");
            block.add(asItStood);
        }
        Div hash = new Div(new Span(I18NProvider.translate("opinion.sha256")), code(delivery.documentSha256()));
        hash.addClassName("opinion-hash");
        block.add(hash);
        block.add(link(queries, requestId, familyName, reference, actor));
        return block;
    }

    /** The link that downloads the opinion's PDF, named for screen readers by family and reference. */
    public static Anchor link(OpinionQueries queries, OpinionRequestId requestId, String familyName,
                              CourtReference reference, Actor actor) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> respond(queries, requestId, actor)),
                AttachmentType.DOWNLOAD, I18NProvider.translate("opinion.download"));
        download.addClassName("opinion-download");
        download.setAriaLabel(I18NProvider.translate("opinion.download.label", familyName, reference.value()));
        return download;
    }

    /** The document for the download, or "not found" when the reader may not have it (nothing is recorded then). */
    static DownloadResponse respond(OpinionQueries queries, OpinionRequestId requestId, Actor actor) {
        Optional<OpinionDocument> document = queries.document(requestId, actor);
        if (document.isEmpty()) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
        byte[] content = document.get().content();
        return new DownloadResponse(new ByteArrayInputStream(content), document.get().fileName(),
                OpinionDocument.CONTENT_TYPE, content.length);
    }

    private static Component code(String sha256) {
        Span code = new Span(sha256);
        code.addClassName("sha256");
        return code;
    }
}
