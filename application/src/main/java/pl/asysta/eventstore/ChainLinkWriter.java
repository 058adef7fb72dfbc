package pl.asysta.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;

/**
 * Writes the chain links of events being appended, on the appending transaction's connection, so that an event
 * and its link commit together or not at all (ADR 0014). Each event is linked to its predecessor in the stream:
 * the one appended just before it in the same batch, or the stored one, whose link is read once per stream.
 */
final class ChainLinkWriter {

    /** An event row just persisted (its global index drawn) and the message it was serialised from. */
    record Appended(long globalIndex, DomainEventData<byte[]> entry, EventMessage<?> message) {
    }

    private static final String PREVIOUS_LINK = """
            select hash from event_chain where aggregate_identifier = ? and sequence_number = ?""";

    private static final String INSERT_LINK = """
            insert into event_chain (global_index, aggregate_identifier, sequence_number, previous_hash, hash,
                recorded_at, case_id, author_id, author_institution)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private ChainLinkWriter() {
    }

    static void link(Connection connection, List<Appended> appended) throws SQLException {
        Map<String, byte[]> heads = previousLinks(connection, appended);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_LINK)) {
            for (Appended event : appended) {
                DomainEventData<byte[]> entry = event.entry();
                // Exactly the text Axon stores in time_stamp.
                String timeStamp = DateTimeUtils.formatInstant(event.message().getTimestamp());
                EventChain.StoredEvent stored = new EventChain.StoredEvent(entry.getEventIdentifier(),
                        entry.getAggregateIdentifier(), entry.getSequenceNumber(), entry.getType(), timeStamp,
                        entry.getPayload().getType().getName(), entry.getPayload().getType().getRevision(),
                        entry.getPayload().getData(), entry.getMetaData() == null ? null : entry.getMetaData().getData());
                byte[] previous = heads.getOrDefault(entry.getAggregateIdentifier(), EventChain.GENESIS);
                byte[] hash = EventChain.hash(previous, stored);
                heads.put(entry.getAggregateIdentifier(), hash);
                EventSubject subject = EventSubject.of(event.message().getPayload());
                insert.setLong(1, event.globalIndex());
                insert.setString(2, entry.getAggregateIdentifier());
                insert.setLong(3, entry.getSequenceNumber());
                insert.setBytes(4, previous);
                insert.setBytes(5, hash);
                insert.setObject(6, OffsetDateTime.ofInstant(event.message().getTimestamp(), ZoneOffset.UTC));
                setNullable(insert, 7, subject.caseId());
                setNullable(insert, 8, subject.authorId());
                setNullable(insert, 9, subject.authorInstitution());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The stored hash each stream's first event in the batch links to: that of the event one sequence number
     * before it, or none (the genesis) for a new stream. A missing predecessor is left to the verifier to report.
     */
    private static Map<String, byte[]> previousLinks(Connection connection, List<Appended> appended)
            throws SQLException {
        Map<String, Long> firstSequence = new LinkedHashMap<>();
        for (Appended event : appended) {
            firstSequence.putIfAbsent(event.entry().getAggregateIdentifier(), event.entry().getSequenceNumber());
        }
        Map<String, byte[]> heads = new HashMap<>();
        List<Map.Entry<String, Long>> toRead = new ArrayList<>();
        firstSequence.entrySet().stream().filter(stream -> stream.getValue() > 0).forEach(toRead::add);
        if (toRead.isEmpty()) {
            return heads;
        }
        try (PreparedStatement select = connection.prepareStatement(PREVIOUS_LINK)) {
            for (Map.Entry<String, Long> stream : toRead) {
                select.setString(1, stream.getKey());
                select.setLong(2, stream.getValue() - 1);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        heads.put(stream.getKey(), row.getBytes(1));
                    }
                }
            }
        }
        return heads;
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
