package pl.asysta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event store's figures (docs/architecture.md, ADR 0002), measured against the same embedded PostgreSQL
 * as a raw JDBC baseline in the same run. Run with {@code ./mvnw -Pbench verify}; never part of the default run.
 * Prints a table and writes it to {@code target/bench-results.md}.
 */
@SpringBootTest(properties = {
        "axon.eventhandling.processors.bench-replay.batch-size=500",
        "logging.level.root=WARN"})
@Import(EventStoreBenchmark.BenchConfiguration.class)
class EventStoreBenchmark {

    private static final int SINGLE_CLIENT_COMMANDS = Integer.getInteger("bench.commands.single", 2_000);
    private static final int MULTI_CLIENT_COMMANDS = Integer.getInteger("bench.commands.multi", 8_000);
    private static final int CLIENTS = 16;
    private static final int REPLAY_EVENTS = Integer.getInteger("bench.replay.events", 100_000);
    private static final int RAW_ROWS = Integer.getInteger("bench.raw.rows", 4_000);
    private static final int BATCHED_ROWS = 100_000;

    @TestConfiguration
    static class BenchConfiguration {
        @Bean
        ReplayCounter replayCounter() {
            return new ReplayCounter();
        }
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ReplayCounter replayCounter;

    private final List<String[]> rows = new ArrayList<>();

    @Test
    void measure() throws Exception {
        double rawSingle = rawSingleRowCommits(1, RAW_ROWS);
        double rawMulti = rawSingleRowCommits(CLIENTS, RAW_ROWS * 2);
        double rawBatched = rawBatchedInsert();

        warmUp();
        double newStreamsSingle = perSecond(1, SINGLE_CLIENT_COMMANDS, i -> open("n1-" + i));
        double newStreamsMulti = perSecond(CLIENTS, MULTI_CLIENT_COMMANDS, i -> open("n16-" + i));
        int existing = 200;
        for (int i = 0; i < existing; i++) {
            open("existing-" + i);
        }
        double appendsSingle = perSecond(1, SINGLE_CLIENT_COMMANDS, i -> append("existing-" + (i % existing)));
        double appendsMulti = perSecond(CLIENTS, MULTI_CLIENT_COMMANDS, i -> append("existing-" + (i % existing)));

        row("Raw PostgreSQL single-row commits, 1 client", rawSingle, "rows/s", "baseline");
        row("Raw PostgreSQL single-row commits, 16 clients", rawMulti, "rows/s", "baseline");
        row("Raw PostgreSQL batched insert (1000 rows/tx)", rawBatched, "rows/s", "baseline");
        row("Commands, new streams, 1 client", newStreamsSingle, "cmd/s", ratio(newStreamsSingle, rawSingle));
        row("Commands, new streams, 16 clients", newStreamsMulti, "cmd/s", ratio(newStreamsMulti, rawMulti)
                + (newStreamsMulti >= 1000 ? "" : "  (target >= 1000/s)"));
        row("Commands, appends to existing streams, 1 client", appendsSingle, "cmd/s", ratio(appendsSingle, rawSingle));
        row("Commands, appends to existing streams, 16 clients", appendsMulti, "cmd/s", ratio(appendsMulti, rawMulti)
                + (appendsMulti >= 1000 ? "" : "  (target >= 1000/s)"));

        long stored = fillTo(REPLAY_EVENTS);
        double replay = replayCounter.replayAll(processing, stored);
        row("Replay by a tracking processor over " + stored + " events", replay, "events/s",
                replay >= 20_000 ? "target >= 20000/s met" : "target >= 20000/s");

        report();
    }

    private void warmUp() throws Exception {
        perSecond(4, 400, i -> open("warm-" + i));
    }

    private void open(String id) {
        commands.sendAndWait(new BenchStream.OpenBenchStream(id));
    }

    private void append(String id) {
        commands.sendAndWait(new BenchStream.AppendBenchEntry(id, "wizyta domowa"));
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

    private double rawSingleRowCommits(int clients, int total) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists bench_raw (id bigserial primary key, payload text)");
        }
        return perSecond(clients, total, i -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement("insert into bench_raw (payload) values (?)")) {
                connection.setAutoCommit(true);
                insert.setString(1, "{\"note\":\"wizyta domowa " + i + "\"}");
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private double rawBatchedInsert() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into bench_raw (payload) values (?)")) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            for (int i = 0; i < BATCHED_ROWS; i++) {
                insert.setString(1, "{\"note\":\"wizyta domowa " + i + "\"}");
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            return BATCHED_ROWS / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Appends bulk history (500 events per transaction, 2,000-event streams) until the store holds enough. */
    private long fillTo(int target) {
        long stored = eventCount();
        long streamNo = 0;
        while (stored < target) {
            String stream = "history-" + streamNo++;
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
        return eventCount();
    }

    private long eventCount() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("select count(*) from domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ratio(double value, double baseline) {
        return String.format(Locale.ROOT, "%.2f x raw", value / baseline);
    }

    private void row(String what, double value, String unit, String note) {
        rows.add(new String[] {what, String.format(Locale.ROOT, "%,.0f %s", value, unit), note});
    }

    private void report() throws IOException {
        StringBuilder table = new StringBuilder()
                .append("| figure | measured | note |\n|---|---:|---|\n");
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        System.out.println("\n=== Asysta event store benchmark (" + Runtime.getRuntime().availableProcessors()
                + " cores) ===\n" + table);
        Files.writeString(Path.of("target", "bench-results.md"), table.toString());
    }
}
