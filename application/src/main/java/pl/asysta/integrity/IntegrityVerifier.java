package pl.asysta.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pl.asysta.cases.access.AccessRecordChain;
import pl.asysta.cases.access.ChainCheck;
import pl.asysta.eventstore.EventChain;

/**
 * Checks that the history is as it was written (ADR 0014): walks every event in global order, a batch at a
 * time, recomputes each stream's hash chain and reports the first broken link of every stream, then walks the
 * access log's chain the same way. Memory grows with the number of streams (one hash each), never with the
 * number of events.
 *
 * <p>The walk reads one snapshot of the database ({@link ChainSnapshot}): appends committed meanwhile are not
 * seen at all, so a stream is never seen with a hole that a slower transaction was about to fill.
 */
@Service
public class IntegrityVerifier {

    static final int BATCH = 1000;

    private static final String EVENTS = """
            select e.global_index, e.aggregate_identifier, e.sequence_number, e.type, e.event_identifier,
                e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data,
                c.aggregate_identifier as link_stream, c.sequence_number as link_sequence, c.previous_hash, c.hash
            from domain_event_entry e left join event_chain c on c.global_index = e.global_index
            where e.global_index > ? order by e.global_index limit ?""";

    private static final String LINKS_WITHOUT_EVENTS = """
            select c.global_index, c.aggregate_identifier, c.sequence_number from event_chain c
            where not exists (select 1 from domain_event_entry e where e.global_index = c.global_index)
            order by c.global_index""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    IntegrityVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.snapshot = ChainSnapshot.of(transactions);
        this.clock = clock;
    }

    /** Verifies every event stream and the access log; {@code progress} hears of each batch checked. */
    public IntegrityReport verify(IntegrityProgress progress) {
        Instant startedAt = clock.instant();
        long started = System.nanoTime();
        IntegrityReport report = snapshot.execute(status -> {
            long events = count("select count(*) from domain_event_entry");
            long total = events + count("select count(*) from access_record");
            progress.checked(0, total);
            Streams streams = walkEvents(events, total, progress);
            ChainCheck accessLog = new AccessRecordChain(jdbc)
                    .walk(checked -> progress.checked(streams.checked + checked, total));
            List<BrokenLink> broken = new ArrayList<>(streams.broken.values());
            broken.sort(Comparator.comparingLong(BrokenLink::position));
            if (!accessLog.intact()) {
                broken.add(new BrokenLink(AccessRecordChain.STREAM, accessLog.firstBrokenRecord(), null,
                        LinkProblem.valueOf(accessLog.problem().name()), accessLog.expectedHash(),
                        accessLog.storedHash()));
            }
            return new IntegrityReport(startedAt, Duration.ZERO, streams.checked, streams.heads.size(),
                    accessLog.recordsChecked(), broken);
        });
        return new IntegrityReport(report.startedAt(), Duration.ofNanos(System.nanoTime() - started),
                report.eventsChecked(), report.streamsChecked(), report.accessRecordsChecked(),
                report.brokenLinks());
    }

    private Streams walkEvents(long events, long total, IntegrityProgress progress) {
        Streams streams = new Streams();
        long after = Long.MIN_VALUE;
        while (true) {
            long before = streams.checked;
            long[] last = {after};
            jdbc.query(EVENTS, row -> {
                last[0] = row.getLong("global_index");
                streams.check(row);
            }, after, BATCH);
            progress.checked(Math.min(streams.checked, events), total);
            if (streams.checked - before < BATCH) {
                break;
            }
            after = last[0];
        }
        jdbc.query(LINKS_WITHOUT_EVENTS, row -> {
            streams.linkWithoutEvent(row.getString("aggregate_identifier"), row.getLong("global_index"),
                    row.getLong("sequence_number"));
        });
        return streams;
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    /** The walk's state: each stream's last verified sequence number and hash, and the first break of each. */
    private static final class Streams {

        private final Map<String, Head> heads = new HashMap<>();
        private final Map<String, BrokenLink> broken = new LinkedHashMap<>();
        private long checked;

        private static final class Head {
            long sequence = -1;
            byte[] hash = EventChain.GENESIS;
        }

        void check(ResultSet row) throws SQLException {
            checked++;
            String stream = row.getString("aggregate_identifier");
            Head head = heads.computeIfAbsent(stream, name -> new Head());
            if (broken.containsKey(stream)) {
                return;
            }
            long position = row.getLong("global_index");
            long sequence = row.getLong("sequence_number");
            byte[] stored = row.getBytes("hash");
            if (stored == null) {
                breakAt(stream, position, sequence, LinkProblem.EVENT_WITHOUT_LINK, null, null);
                return;
            }
            String linkStream = row.getString("link_stream");
            long linkSequence = row.getLong("link_sequence");
            if (!stream.equals(linkStream) || sequence != linkSequence) {
                breakAt(stream, position, sequence, LinkProblem.LINK_OF_ANOTHER_EVENT,
                        stream + "#" + sequence, linkStream + "#" + linkSequence);
                return;
            }
            if (sequence != head.sequence + 1) {
                breakAt(stream, position, sequence, LinkProblem.SEQUENCE_GAP, Long.toString(head.sequence + 1),
                        Long.toString(sequence));
                return;
            }
            byte[] previous = row.getBytes("previous_hash");
            if (!Arrays.equals(previous, head.hash)) {
                breakAt(stream, position, sequence, LinkProblem.PREVIOUS_LINK_MISMATCH, EventChain.hex(head.hash),
                        EventChain.hex(previous));
                return;
            }
            byte[] recomputed = EventChain.hash(previous, new EventChain.StoredEvent(
                    row.getString("event_identifier"), stream, sequence, row.getString("type"),
                    row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
                    row.getBytes("payload"), row.getBytes("meta_data")));
            if (!Arrays.equals(recomputed, stored)) {
                breakAt(stream, position, sequence, LinkProblem.CONTENT_CHANGED, EventChain.hex(recomputed),
                        EventChain.hex(stored));
                return;
            }
            head.sequence = sequence;
            head.hash = stored;
        }

        /** A deleted event whose link stayed: it is the stream's first break unless one came before it. */
        void linkWithoutEvent(String stream, long position, long sequence) {
            heads.computeIfAbsent(stream, name -> new Head());
            BrokenLink found = broken.get(stream);
            if (found == null || found.sequence() > sequence) {
                broken.put(stream, new BrokenLink(stream, position, sequence, LinkProblem.LINK_WITHOUT_EVENT,
                        null, null));
            }
        }

        private void breakAt(String stream, long position, long sequence, LinkProblem problem, String expected,
                             String stored) {
            broken.put(stream, new BrokenLink(stream, position, sequence, problem, expected, stored));
        }
    }
}
