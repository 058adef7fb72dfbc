package pl.asysta.eventstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of {@code domain_event_entry} read with plain JDBC, as Axon's own storage engine would hand them to its
 * upcasting and deserialisation: for the readers that replay many events at once (a case's history as it stood,
 * a rebuild of the read models).
 *
 * <p>They differ from Axon's entries in one thing only: the time of recording, stored as text, is read without
 * a general-purpose date formatter when it has the one shape Axon writes ({@code 2026-11-23T08:15:30.123Z}),
 * which takes a tenth of a replay's time otherwise. Any other shape is left to Axon's parser.
 *
 * <p>{@link #read} asks PostgreSQL for the payloads in binary: in text they come as hexadecimal, twice their
 * size, and the driver spends more time decoding them than the database spends finding them.
 */
public final class StoredEventRows {

    /** The columns {@link #tracked} reads, in its order; the global index first. */
    public static final String COLUMNS = """
            global_index, type, aggregate_identifier, sequence_number, event_identifier, time_stamp, payload_type,
                payload_revision, payload, meta_data
            """;

    /** The driver's way of saying: prepare on the server at once, and take results in binary. */
    private static final int BINARY_FROM_THE_FIRST_EXECUTION = -1;

    private StoredEventRows() {
    }

    /**
     * The rows a query selecting {@link #COLUMNS} finds, as {@link #tracked} reads them, with every column sent in
     * binary where the driver can read it so.
     */
    public static List<TrackedDomainEventData<byte[]>> read(JdbcTemplate jdbc, String sql, Object... arguments) {
        ArgumentPreparedStatementSetter values = new ArgumentPreparedStatementSetter(arguments);
        return jdbc.query(sql, statement -> {
            statement.unwrap(PGStatement.class).setPrepareThreshold(BINARY_FROM_THE_FIRST_EXECUTION);
            values.setValues(statement);
        }, (row, n) -> tracked(row));
    }

    /** The current row, selected with {@link #COLUMNS}, as a tracked event whose token is its global index. */
    public static TrackedDomainEventData<byte[]> tracked(ResultSet row) throws SQLException {
        return new TrackedDomainEventData<>(GapAwareTrackingToken.newInstance(row.getLong(1), List.of()),
                new Entry(row.getString(2), row.getString(3), row.getLong(4), row.getString(5), row.getString(6),
                        row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10)));
    }

    /**
     * A stored time of recording: {@code yyyy-MM-ddTHH:mm:ss.SSSZ} read field by field, anything else by
     * Axon's parser, which accepts every ISO-8601 instant.
     */
    public static Instant instant(String stored) {
        if (stored.length() != 24 || stored.charAt(4) != '-' || stored.charAt(7) != '-' || stored.charAt(10) != 'T'
                || stored.charAt(13) != ':' || stored.charAt(16) != ':' || stored.charAt(19) != '.'
                || stored.charAt(23) != 'Z') {
            return DateTimeUtils.parseInstant(stored);
        }
        int year = digits(stored, 0, 4);
        int month = digits(stored, 5, 2);
        int day = digits(stored, 8, 2);
        int hour = digits(stored, 11, 2);
        int minute = digits(stored, 14, 2);
        int second = digits(stored, 17, 2);
        int millis = digits(stored, 20, 3);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || millis < 0) {
            return DateTimeUtils.parseInstant(stored);
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException invalid) {
            return DateTimeUtils.parseInstant(stored);
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
    }

    /** The decimal number of {@code length} digits at {@code from}, or -1 when one of them is not a digit. */
    private static int digits(String text, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Axon's entry, with the time of recording read by {@link #instant}. */
    private static final class Entry extends GenericDomainEventEntry<byte[]> {

        private final String recordedAt;

        Entry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
              String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, timestamp, payloadType,
                    payloadRevision, payload, metaData);
            this.recordedAt = timestamp;
        }

        @Override
        public Instant getTimestamp() {
            return instant(recordedAt);
        }
    }
}
