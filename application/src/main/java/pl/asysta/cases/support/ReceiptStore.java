package pl.asysta.cases.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.shared.Actor;

/**
 * The bytes of receipt scans in PostgreSQL ({@code support_receipt_file}, plain {@code bytea} through JDBC, see
 * docs/stack-pitfalls.md). A file is written in the transaction of the claim that names it, so a refused claim leaves
 * none behind; once stored, like the history that names it, it is never changed or removed.
 */
@Component
class ReceiptStore {

    /** A stored receipt with the claim it belongs to, for the access check before it is shown. */
    record Stored(String receiptId, SupportArrangementId arrangementId, String caseId, String fileName,
                  String contentType, String sha256, byte[] content) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReceiptStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void store(String receiptId, SupportArrangementId arrangementId, ReceiptFiles.Checked file, Actor actor) {
        jdbc.update("""
                        insert into support_receipt_file (receipt_id, arrangement_id, content_type, size_bytes,
                            sha256, content, stored_at, stored_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                receiptId, arrangementId.value(), file.contentType(), file.size(), file.sha256(), file.content(),
                Timestamp.from(clock.instant()), actor.userId().value());
    }

    /**
     * The receipt with what the claim's event says of it; only receipts of a projected claim are found, so a
     * file is never shown without the claim that explains it.
     */
    Optional<Stored> find(String receiptId) {
        return jdbc.query("""
                        select f.receipt_id, f.arrangement_id, c.case_id, r.file_name, f.content_type, f.sha256,
                            f.content
                        from support_receipt_file f
                        join support_claim_receipt r on r.receipt_id = f.receipt_id
                        join support_claim c on c.claim_id = r.claim_id
                        where f.receipt_id = ?""",
                rows -> rows.next() ? Optional.of(new Stored(rows.getString(1),
                        new SupportArrangementId(rows.getString(2)), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getBytes(7))) : Optional.empty(),
                receiptId);
    }
}
