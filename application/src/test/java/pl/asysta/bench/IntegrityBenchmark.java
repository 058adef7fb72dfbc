package pl.asysta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import pl.asysta.eventstore.EventChain;
import pl.asysta.integrity.IntegrityProgress;
import pl.asysta.integrity.IntegrityReport;
import pl.asysta.integrity.IntegrityVerifier;

/**
 * What tamper evidence costs (ADR 0014), against raw PostgreSQL measured in the same run: the latency of
 * one append with and without its chain link (raw JDBC, both ways, and the event store itself), command
 * throughput with 16 clients against raw single-row commits, and the verifier's throughput against a raw read of
 * the same rows. Run with {@code ./mvnw -Pbench verify -Dtest=IntegrityBenchmark}; writes
 * {@code target/bench-results-integrity.md}.
 */
@SpringBootTest(properties = {
        "axon.eventhandling.processors.bench-replay.batch-size=500",
        "logging.level.root=WARN"})
@Import(EventStoreBenchmark.BenchConfiguration.class)
class IntegrityBenchmark {

    private static final int APPENDS = Integer.getInteger("bench.integrity.appends", 2_000);
    private static final int COMMANDS = Integer.getInteger("bench.integrity.commands", 8_000);
    private static final int CLIENTS = 16;
    private static final int VERIFIED_EVENTS = Integer.getInteger("bench.integrity.events", 200_000);
    private static final int STREAMS = 200;

    private static final byte[] PAYLOAD = "{\"streamId\":\"s\",\"entry\":1,\"note\":\"wizyta domowa\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] META_DATA = "{}".getBytes(StandardCharsets.UTF_8);

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    IntegrityVerifier verifier;

    private final List<String[]> rows = new ArrayList<>();

    @Test
    void measure() throws Exception {
        prepareRawTables();
        long[] plainSequences = new long[STREAMS];
        long[] chainedSequences = new long[STREAMS];
        appendLatency(i -> rawAppend(i, plainSequences, false), 200);
        appendLatency(i -> rawAppend(i, chainedSequences, true), 200);
        double[] raw = appendLatency(i -> rawAppend(i, plainSequences, false), APPENDS);
        double[] rawChained = appendLatency(i -> rawAppend(i, chainedSequences, true), APPENDS);
        String prefix = "bench-chain-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        long[] storeSequences = new long[STREAMS];
        appendLatency(i -> storeAppend(prefix, i, storeSequences), 200);
        double[] store = appendLatency(i -> storeAppend(prefix, i, storeSequences), APPENDS);
        row("Raw append: lock, event row, commit (1 client)", raw, "baseline");
        row("Raw append with its chain link: + previous link, SHA-256, link row", rawChained,
                ratio(rawChained[0], raw[0]) + " p50 of raw");
        row("Event store append with its chain link (1 event per transaction)", store,
                ratio(store[0], raw[0]) + " p50 of raw");

        double rawCommits = perSecond(CLIENTS, COMMANDS, this::rawCommit);
        for (int i = 0; i < STREAMS; i++) {
            commands.sendAndWait(new BenchStream.OpenBenchStream(prefix + "cmd-" + i));
        }
        double appends = perSecond(CLIENTS, COMMANDS, i -> commands.sendAndWait(
                new BenchStream.AppendBenchEntry(prefix + "cmd-" + (i % STREAMS), "wizyta domowa")));
        rows.add(new String[] {"Raw PostgreSQL single-row commits, 16 clients", rate(rawCommits, "rows/s"),
                "baseline"});
        rows.add(new String[] {"Commands appending a linked event, 16 clients", rate(appends, "cmd/s"),
                ratio(appends, rawCommits) + " raw" + (appends >= 1000 && appends >= 0.5 * rawCommits ? ""
                        : "  (target >= 1000/s and >= 0.5 x raw)")});

        fillTo(VERIFIED_EVENTS);
        double rawRead = rawReadPerSecond();
        IntegrityReport report = verifier.verify(IntegrityProgress.SILENT);
        double verified = (report.eventsChecked() + report.accessRecordsChecked())
                / (report.took().toNanos() / 1e9);
        rows.add(new String[] {"Raw read of events with their links and access records, batches of 1000",
                rate(rawRead, "records/s"), "baseline"});
        rows.add(new String[] {"Verifier: " + report.eventsChecked() + " events in " + report.streamsChecked()
                + " streams and " + report.accessRecordsChecked() + " access records ("
                + (report.intact() ? "intact" : report.brokenLinks().size() + " broken") + ")",
                rate(verified, "records/s"), ratio(verified, rawRead) + " raw read; "
                + String.format(Locale.ROOT, "%,.0f events/s", report.eventsPerSecond())});
        report();
    }

    // ---------------------------------------------------------------- appends

    private void prepareRawTables() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists bench_event_raw (like domain_event_entry including all)");
            statement.execute("create table if not exists bench_chain_raw (like event_chain including all)");
            statement.execute("create sequence if not exists bench_event_raw_seq");
            statement.execute("create table if not exists bench_raw (id bigserial primary key, payload text)");
        }
    }

    /**
     * What an append does in SQL, on its own connection in one transaction: the shared append lock, a global
     * index, the event row, and, {@code chained}, the predecessor's link, the SHA-256 and the link row.
     */
    private void rawAppend(int i, long[] sequences, boolean chained) {
        String stream = (chained ? "raw-chained-" : "raw-") + (i % STREAMS);
        long sequence = sequences[i % STREAMS]++;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock_shared(?)")) {
                lock.setLong(1, 0x4153595354414556L);
                lock.executeQuery().close();
            }
            long index;
            try (Statement next = connection.createStatement();
                 ResultSet rs = next.executeQuery("select nextval('bench_event_raw_seq')")) {
                rs.next();
                index = rs.getLong(1);
            }
            String eventId = UUID.randomUUID().toString();
            String timeStamp = DateTimeUtils.formatInstant(Instant.now());
            try (PreparedStatement insert = connection.prepareStatement("insert into bench_event_raw"
                    + " (global_index, aggregate_identifier, sequence_number, type, event_identifier, time_stamp,"
                    + " payload_type, payload, meta_data) values (?, ?, ?, 'BenchStream', ?, ?, ?, ?, ?)")) {
                insert.setLong(1, index);
                insert.setString(2, stream);
                insert.setLong(3, sequence);
                insert.setString(4, eventId);
                insert.setString(5, timeStamp);
                insert.setString(6, "pl.asysta.bench.BenchStream$BenchEntryAppended");
                insert.setBytes(7, PAYLOAD);
                insert.setBytes(8, META_DATA);
                insert.executeUpdate();
            }
            if (chained) {
                byte[] previous = EventChain.GENESIS;
                if (sequence > 0) {
                    try (PreparedStatement select = connection.prepareStatement("select hash from bench_chain_raw "
                            + "where aggregate_identifier = ? and sequence_number = ?")) {
                        select.setString(1, stream);
                        select.setLong(2, sequence - 1);
                        try (ResultSet rs = select.executeQuery()) {
                            if (rs.next()) {
                                previous = rs.getBytes(1);
                            }
                        }
                    }
                }
                byte[] hash = EventChain.hash(previous, new EventChain.StoredEvent(eventId, stream, sequence,
                        "BenchStream", timeStamp, "pl.asysta.bench.BenchStream$BenchEntryAppended", null, PAYLOAD,
                        META_DATA));
                try (PreparedStatement link = connection.prepareStatement("insert into bench_chain_raw "
                        + "(global_index, aggregate_identifier, sequence_number, previous_hash, hash, recorded_at)"
                        + " values (?, ?, ?, ?, ?, now())")) {
                    link.setLong(1, index);
                    link.setString(2, stream);
                    link.setLong(3, sequence);
                    link.setBytes(4, previous);
                    link.setBytes(5, hash);
                    link.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void storeAppend(String prefix, int i, long[] sequences) {
        String stream = prefix + (i % STREAMS);
        long sequence = sequences[i % STREAMS]++;
        transactions.executeWithoutResult(status -> eventStore.publish(List.of(new GenericDomainEventMessage<>(
                "BenchStream", stream, sequence, new BenchStream.BenchEntryAppended(stream, sequence,
                "wizyta domowa")))));
    }

    private void rawCommit(int i) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into bench_raw (payload) values (?)")) {
            connection.setAutoCommit(true);
            insert.setString(1, "{\"note\":\"wizyta domowa " + i + "\"}");
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** p50 and p95 of one append, in milliseconds. */
    private static double[] appendLatency(IntConsumer append, int times) {
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            append.accept(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[times / 2], millis[(int) (times * 0.95)]};
    }

    private static double perSecond(int clients, int total, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    work.accept(i);
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return total / seconds;
    }

    // ---------------------------------------------------------------- verification

    /** Appends bulk history (500 events per transaction, 2,000-event streams) until the store holds enough. */
    private long fillTo(int target) {
        long stored = count("select count(*) from domain_event_entry");
        long streamNo = 0;
        String prefix = "verify-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        while (stored < target) {
            String stream = prefix + streamNo++;
            for (int from = 0; from < 2_000 && stored < target; from += 500) {
                int start = from;
                transactions.executeWithoutResult(status -> {
                    List<DomainEventMessage<?>> batch = new ArrayList<>(500);
                    for (int s = start; s < start + 500; s++) {
                        batch.add(new GenericDomainEventMessage<>("BenchStream", stream, s,
                                new BenchStream.BenchEntryAppended(stream, s, "wizyta domowa nr " + s)));
                    }
                    eventStore.publish(batch);
                });
                stored += 500;
            }
        }
        return count("select count(*) from domain_event_entry");
    }

    /** Reads what the verifier reads, the same way (keyset batches of 1000), without hashing anything. */
    private double rawReadPerSecond() throws SQLException {
        long read = 0;
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            read += readInBatches(connection, """
                    select e.global_index, e.aggregate_identifier, e.sequence_number, e.type, e.event_identifier,
                        e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data,
                        c.aggregate_identifier, c.sequence_number, c.previous_hash, c.hash
                    from domain_event_entry e left join event_chain c on c.global_index = e.global_index
                    where e.global_index > ? order by e.global_index limit 1000""");
            read += readInBatches(connection, """
                    select record_id, recorded_at, actor_id, actor_name, actor_roles, institution, view_name,
                        case_ids, categories, purpose, previous_hash, hash
                    from access_record where record_id > ? order by record_id limit 1000""");
        }
        return read / ((System.nanoTime() - start) / 1e9);
    }

    private static long readInBatches(Connection connection, String sql) throws SQLException {
        long read = 0;
        long after = Long.MIN_VALUE;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            while (true) {
                statement.setLong(1, after);
                int batch = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        after = rs.getLong(1);
                        for (int c = 2; c <= columns; c++) {
                            rs.getObject(c);
                        }
                        batch++;
                    }
                }
                read += batch;
                if (batch < 1000) {
                    return read;
                }
            }
        }
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- report

    private void row(String what, double[] latency, String note) {
        rows.add(new String[] {what, String.format(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms", latency[0], latency[1]),
                note});
    }

    private static String rate(double value, String unit) {
        return String.format(Locale.ROOT, "%,.0f %s", value, unit);
    }

    private static String ratio(double value, double baseline) {
        return String.format(Locale.ROOT, "%.2f x", value / baseline);
    }

    private void report() throws IOException {
        StringBuilder table = new StringBuilder()
                .append("| figure | measured | note |\n|---|---:|---|\n");
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        System.out.println("\n=== Asysta integrity benchmark (" + Runtime.getRuntime().availableProcessors()
                + " cores) ===\n" + table);
        Files.writeString(Path.of("target", "bench-results-integrity.md"), table.toString());
    }
}
