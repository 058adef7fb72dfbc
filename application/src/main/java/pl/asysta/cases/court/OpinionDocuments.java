package pl.asysta.cases.court;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import pl.asysta.cases.court.domain.DeliverableOpinion;
import pl.asysta.cases.court.domain.OpinionDelivery;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.documents.DocumentHash;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.InstitutionId;

/**
 * The delivered opinions' documents. {@link #deliver} renders the approved opinion and stores its bytes in
 * {@code court_opinion_document} (append-only, V5) inside the approval's transaction, and answers their SHA-256
 * for the delivery event; {@link #read} gives the bytes back only when they still hash to what was recorded.
 */
@Component
class OpinionDocuments implements OpinionDelivery {

    /** A stored document and the hash recorded at its delivery. */
    record Stored(String fileName, byte[] content, String sha256, Instant deliveredAt) {
    }

    private final JdbcTemplate jdbc;
    private final InstitutionRegister institutions;

    OpinionDocuments(JdbcTemplate jdbc, InstitutionRegister institutions) {
        this.jdbc = jdbc;
        this.institutions = institutions;
    }

    @Override
    public String deliver(DeliverableOpinion opinion) {
        byte[] pdf = OpinionPdf.render(opinion, name(opinion.court()), name(opinion.approver().institutionId()));
        String sha256 = DocumentHash.sha256(pdf);
        jdbc.update("""
                        insert into court_opinion_document (request_id, case_id, file_name, sha256, content,
                            delivered_at)
                        values (?, ?, ?, ?, ?, ?)""",
                opinion.requestId().value(), opinion.caseId().value(), OpinionPdf.fileName(opinion.reference()),
                sha256, pdf, Timestamp.from(opinion.deliveredAt()));
        return sha256;
    }

    /**
     * The document as delivered. Empty when none was delivered; refused when its bytes no longer hash to the
     * SHA-256 stored with them or recorded in the delivery event ({@code expectedSha256}): a changed document is
     * never handed out as the delivered one.
     */
    Optional<Stored> read(OpinionRequestId requestId, String expectedSha256) {
        return jdbc.query("""
                        select file_name, content, sha256, delivered_at from court_opinion_document
                        where request_id = ?""",
                rows -> {
                    if (!rows.next()) {
                        return Optional.<Stored>empty();
                    }
                    Stored stored = new Stored(rows.getString("file_name"), rows.getBytes("content"),
                            rows.getString("sha256"), rows.getTimestamp("delivered_at").toInstant());
                    String actual = DocumentHash.sha256(stored.content());
                    if (!actual.equals(stored.sha256()) || !actual.equals(expectedSha256)) {
                        throw new IllegalStateException("The delivered opinion " + requestId
                                + " no longer matches its recorded SHA-256");
                    }
                    return Optional.of(stored);
                }, requestId.value());
    }

    private String name(InstitutionId institution) {
        return institutions.find(institution).map(Institution::name).orElse(institution.value());
    }
}
