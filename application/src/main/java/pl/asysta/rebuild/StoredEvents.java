package pl.asysta.rebuild;

import java.util.List;

import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.eventstore.StoredEventRows;

/**
 * The stored events in global order, read with plain JDBC and turned into messages by Axon's own upcasting and
 * deserialisation, as its storage engine does: the same messages, for a fraction of the cost of the JPA reader.
 *
 * <p>It reads only up to a position that the live processor has reached. That processor reads through the
 * commit-ordered storage engine (ADR 0002), which hands out no event while an append at or below it may still be
 * in flight; every position it has reached is settled, so a plain range read up to it misses nothing.
 */
final class StoredEvents {

    private static final String RANGE = """
            select\s""" + StoredEventRows.COLUMNS + """
            from domain_event_entry where global_index > ? and global_index <= ? order by global_index limit ?""";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    StoredEvents(JdbcTemplate jdbc, Serializer serializer, EventUpcaster upcasters) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    /** At most {@code max} events after position {@code after} and at or below {@code upTo}, oldest first. */
    List<TrackedEventMessage<?>> read(long after, long upTo, int max) {
        List<? extends TrackedEventData<byte[]>> stored = StoredEventRows.read(jdbc, RANGE, after, upTo, max);
        return EventUtils.upcastAndDeserializeTrackedEvents(stored.stream(), serializer, upcasters).toList();
    }
}
