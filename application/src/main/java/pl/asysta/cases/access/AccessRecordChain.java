package pl.asysta.cases.access;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hash chain of the access log, walked from its first record in batches of bounded size, so that a log of
 * millions of records is checked in constant memory. Used by {@link AccessLog#verify()} and the integrity
 * verifier; the hashed layout of a record is {@link AccessLog#hash}'s.
 */
public final class AccessRecordChain {

    /** The stream name of the access log in the integrity report and the exported chain heads. */
    public static final String STREAM = "access-log";

    private static final int BATCH = 1000;
    private static final byte[] GENESIS = new byte[32];
    private static final HexFormat HEX = HexFormat.of();

    /** The newest record and its hash: what the chain heads export anchors. */
    public record Head(long recordId, String hash) {
    }

    private final JdbcTemplate jdbc;

    public AccessRecordChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Walks the chain in order and reports the first record that does not match; {@code progress} hears the
     * number of records checked so far after each batch.
     */
    public ChainCheck walk(LongConsumer progress) {
        long checked = 0;
        long after = Long.MIN_VALUE;
        byte[] previous = GENESIS;
        while (true) {
            List<Row> batch = jdbc.query("""
                            select record_id, recorded_at, actor_id, actor_name, actor_roles, institution,
                                view_name, case_ids, categories, purpose, previous_hash, hash
                            from access_record where record_id > ? order by record_id limit ?""",
                    (row, n) -> new Row(row.getLong("record_id"), row.getBytes("previous_hash"),
                            row.getBytes("hash"), AccessLog.hash(row.getBytes("previous_hash"),
                            row.getLong("record_id"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                            row.getString("actor_id"), row.getString("actor_name"), row.getString("actor_roles"),
                            row.getString("institution"), row.getString("view_name"),
                            (String[]) row.getArray("case_ids").getArray(), row.getString("categories"),
                            row.getString("purpose"))),
                    after, BATCH);
            for (Row row : batch) {
                checked++;
                if (!Arrays.equals(row.previous, previous)) {
                    return new ChainCheck(checked, row.id, ChainCheck.Problem.PREVIOUS_LINK_MISMATCH,
                            HEX.formatHex(previous), HEX.formatHex(row.previous));
                }
                if (!Arrays.equals(row.recomputed, row.stored)) {
                    return new ChainCheck(checked, row.id, ChainCheck.Problem.CONTENT_CHANGED,
                            HEX.formatHex(row.recomputed), HEX.formatHex(row.stored));
                }
                previous = row.stored;
            }
            progress.accept(checked);
            if (batch.size() < BATCH) {
                return new ChainCheck(checked);
            }
            after = batch.get(batch.size() - 1).id;
        }
    }

    /** The newest record's id and hash; empty while the log is empty. */
    public Optional<Head> head() {
        return jdbc.query("select record_id, hash from access_record order by record_id desc limit 1",
                (row, n) -> new Head(row.getLong(1), HEX.formatHex(row.getBytes(2)))).stream().findFirst();
    }

    /** The stored hash of a record, if it is still there. */
    public Optional<String> hashOf(long recordId) {
        return jdbc.query("select hash from access_record where record_id = ?",
                (row, n) -> HEX.formatHex(row.getBytes(1)), recordId).stream().findFirst();
    }

    private record Row(long id, byte[] previous, byte[] stored, byte[] recomputed) {
    }
}
