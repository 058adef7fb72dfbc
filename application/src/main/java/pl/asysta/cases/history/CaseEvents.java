package pl.asysta.cases.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.eventstore.StoredEventRows;
import pl.asysta.shared.CaseId;
import pl.asysta.time.ClockConfiguration;

/**
 * The events of one case, whatever stream they belong to (the case, its consent ledger, its referrals), read from
 * the event store by the case they name (index of V8) and turned into messages exactly as a tracking processor
 * gets them: upcast, deserialised with the configured serializer, each with its global index as its token. The
 * assistants' caseload streams also name the cases they hold, but they are the assistant's, fill nothing the case
 * page shows, and are left out.
 */
final class CaseEvents {

    private static final String OF_THE_CASE = """
            event_case_id(payload) = ? and type is distinct from 'AssistantCaseload'""";

    /**
     * The events of the case a point selects: those stored at or before {@code upTo} (a global index) and, for a
     * day or a moment, recorded before {@code before}; and the last of them, where the case stood.
     */
    record Selection(long upTo, Instant before, long position, Instant recordedAt) {

        boolean selects(TrackedEventMessage<?> event) {
            return positionOf(event) <= upTo && (before == null || event.getTimestamp().isBefore(before));
        }
    }

    /** Axon writes timestamps as {@code yyyy-MM-ddTHH:mm:ss.SSSZ}, so they compare as text. */
    private static final String LAST = """
            select global_index, time_stamp from domain_event_entry
            where\s""" + OF_THE_CASE + """
             and global_index <= ? and %s
            order by global_index desc limit 1""";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    CaseEvents(JdbcTemplate jdbc, Serializer serializer, EventUpcaster upcasters) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    /**
     * What the point selects of the case: a position every event stored up to it, a day every event recorded
     * before its end in the centre's zone, a moment every event recorded up to it, now every event. Empty when
     * that is no event of the case at all.
     */
    Optional<Selection> select(CaseId caseId, HistoryPoint point) {
        return switch (point) {
            case HistoryPoint.Position p -> last(caseId, p.position(), null);
            case HistoryPoint.EndOfDay d -> last(caseId, Long.MAX_VALUE,
                    d.day().plusDays(1).atStartOfDay(ClockConfiguration.CENTRE_ZONE).toInstant());
            case HistoryPoint.Moment m -> last(caseId, Long.MAX_VALUE,
                    m.at().truncatedTo(ChronoUnit.MILLIS).plusMillis(1));
            case HistoryPoint.Latest l -> last(caseId, Long.MAX_VALUE, null);
        };
    }

    private Optional<Selection> last(CaseId caseId, long upTo, Instant before) {
        Object[] arguments = before == null ? new Object[] {caseId.value(), upTo}
                : new Object[] {caseId.value(), upTo, DateTimeUtils.formatInstant(before)};
        return jdbc.query(LAST.formatted(before == null ? "true" : "time_stamp < ?"),
                        (row, n) -> new Selection(upTo, before, row.getLong(1),
                                StoredEventRows.instant(row.getString(2))), arguments)
                .stream().findFirst();
    }

    /** The case's events up to {@code upTo} (a global index), in the order they were stored. */
    List<TrackedEventMessage<?>> upTo(CaseId caseId, long upTo) {
        List<TrackedDomainEventData<byte[]>> stored = StoredEventRows.read(jdbc, """
                        select\s""" + StoredEventRows.COLUMNS + """
                        from domain_event_entry
                        where\s""" + OF_THE_CASE + """
                         and global_index <= ?
                        order by global_index""",
                caseId.value(), upTo);
        return EventUtils.upcastAndDeserializeTrackedEvents(stored.stream(), serializer, upcasters).toList();
    }

    static long positionOf(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }

    /** The day a moment falls on in the centre's zone. */
    static LocalDate dayOf(Instant moment) {
        return moment.atZone(ClockConfiguration.CENTRE_ZONE).toLocalDate();
    }
}
