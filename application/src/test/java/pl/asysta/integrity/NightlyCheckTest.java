package pl.asysta.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import pl.asysta.database.EmbeddedDatabase;
import pl.asysta.database.EmbeddedDatabaseProperties;
import pl.asysta.eventstore.EventChain;

/**
 * A database that held events before the chains existed is upgraded (the V7 migration links its events), and a
 * nightly job runs the command-line check against it: exit 0 while the history is whole, 1 once a superuser has
 * changed it, 1 when a stream was cut short after its heads were exported, 2 when it cannot run. The database is
 * this test's own, so what it does to the history touches no other test.
 */
class NightlyCheckTest {

    private static final String CASE_A = "case-nightly-a";
    private static final String CASE_B = "case-nightly-b";

    private static EmbeddedDatabase database;
    private static JdbcTemplate jdbc;
    private static Superuser superuser;

    @BeforeAll
    static void aDatabaseWithEventsFromBeforeTheChains() {
        database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(Path.of("unused"), true, 0));
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), EmbeddedDatabase.USER,
                "");
        jdbc = new JdbcTemplate(dataSource);
        superuser = new Superuser(dataSource);
        flyway().target(lastVersionBeforeTheChains()).load().migrate();
        storeBeforeTheChains(CASE_A, 0, "2025-03-01T09:15:00.123Z", author("pracownik", "ops-przykladowo"));
        storeBeforeTheChains("sharing-" + CASE_A, 0, "2025-03-02T10:00:00Z", author("asystent", "ops-przykladowo"));
        storeBeforeTheChains(CASE_A, 1, "2025-03-03T11:30:00.5Z", author("asystent", "ops-przykladowo"));
        storeBeforeTheChains(CASE_B, 0, "2025-04-01T08:00:00Z", null);
        flyway().load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void the_upgrade_links_every_earlier_event_exactly_as_the_event_store_would() {
        List<Map<String, Object>> events = jdbc.queryForList("""
                select e.*, c.previous_hash, c.hash, c.case_id, c.author_id, c.author_institution, c.recorded_at
                from domain_event_entry e join event_chain c on c.global_index = e.global_index
                order by e.global_index""");

        assertThat(events).hasSize(4);
        for (Map<String, Object> event : events) {
            String stream = (String) event.get("aggregate_identifier");
            long sequence = (Long) event.get("sequence_number");
            byte[] previous = sequence == 0 ? EventChain.GENESIS : jdbc.queryForObject(
                    "select hash from event_chain where aggregate_identifier = ? and sequence_number = ?",
                    byte[].class, stream, sequence - 1);
            assertThat((byte[]) event.get("previous_hash")).isEqualTo(previous);
            assertThat((byte[]) event.get("hash")).isEqualTo(EventChain.hash(previous, new EventChain.StoredEvent(
                    (String) event.get("event_identifier"), stream, sequence, (String) event.get("type"),
                    (String) event.get("time_stamp"), (String) event.get("payload_type"),
                    (String) event.get("payload_revision"), (byte[]) event.get("payload"),
                    (byte[]) event.get("meta_data"))));
        }
        assertThat(events.get(0)).containsEntry("case_id", CASE_A).containsEntry("author_id", "pracownik")
                .containsEntry("author_institution", "ops-przykladowo");
        assertThat(events.get(1)).containsEntry("case_id", CASE_A).containsEntry("author_id", "asystent");
        assertThat(events.get(3)).containsEntry("case_id", CASE_B).containsEntry("author_id", null);
        assertThat(jdbc.queryForObject("select recorded_at from event_chain order by global_index limit 1",
                OffsetDateTime.class).toInstant()).hasToString("2025-03-01T09:15:00.123Z");
        IntegrityReport report = new IntegrityVerifier(jdbc, new DataSourceTransactionManager(jdbc.getDataSource()),
                Clock.systemUTC()).verify(IntegrityProgress.SILENT);
        assertThat(report.intact()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(4);
        assertThat(report.streamsChecked()).isEqualTo(3);
    }

    @Test
    void the_nightly_check_exits_with_zero_and_says_intact_while_the_history_is_whole() {
        Run run = run("verify");

        assertThat(run.exitCode()).isEqualTo(IntegrityCommandLine.INTACT);
        assertThat(run.out()).contains("Checked 4 events in 3 streams and 0 access records", "INTACT");
        assertThat(run.err()).contains("checked 4 of 4 (100%)");
    }

    @Test
    void the_nightly_check_exits_with_one_and_names_the_stream_once_a_superuser_changed_an_event() {
        long position = jdbc.queryForObject("select global_index from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 1", Long.class, CASE_A);
        try {
            superuser.execute("update domain_event_entry set time_stamp = '2025-03-03T11:31:00Z' "
                    + "where global_index = ?", position);

            Run run = run("verify");

            assertThat(run.exitCode()).isEqualTo(IntegrityCommandLine.BROKEN);
            assertThat(run.out()).contains("BROKEN " + CASE_A + " at position " + position + " (sequence 1): "
                    + "CONTENT_CHANGED", "BROKEN: 1 broken chain(s)");
        } finally {
            superuser.execute("update domain_event_entry set time_stamp = '2025-03-03T11:30:00.5Z' "
                    + "where global_index = ?", position);
        }
        assertThat(run("verify").exitCode()).isEqualTo(IntegrityCommandLine.INTACT);
    }

    @Test
    void exported_heads_catch_a_stream_cut_short_that_the_chains_alone_cannot(@TempDir Path directory)
            throws Exception {
        Path heads = directory.resolve("heads.txt");
        Run export = run("export-heads", heads.toString());
        assertThat(export.exitCode()).isZero();
        List<String> lines = Files.readAllLines(heads);
        assertThat(lines.get(0)).startsWith("#");
        assertThat(lines.subList(1, lines.size())).hasSize(3).allSatisfy(line ->
                assertThat(line).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\t[^\t]+\t\\d+\t[0-9a-f]{64}"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\t" + CASE_A + "\t1\t"));
        assertThat(run("verify", "--heads=" + heads).exitCode()).isEqualTo(IntegrityCommandLine.INTACT);

        Map<String, Object> last = jdbc.queryForMap("select * from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 1", CASE_A);
        Map<String, Object> lastLink = jdbc.queryForMap("select * from event_chain where global_index = ?",
                last.get("global_index"));
        try {
            superuser.execute("delete from event_chain where global_index = ?", last.get("global_index"));
            superuser.execute("delete from domain_event_entry where global_index = ?", last.get("global_index"));
            assertThat(run("verify").exitCode()).as("a cut stream is still a whole chain")
                    .isEqualTo(IntegrityCommandLine.INTACT);

            Run anchored = run("verify", "--heads=" + heads);

            assertThat(anchored.exitCode()).isEqualTo(IntegrityCommandLine.BROKEN);
            assertThat(anchored.out()).contains("HEAD NOT IN CHAIN", CASE_A + " sequence 1", "stored nothing");
        } finally {
            insert("domain_event_entry", last);
            insert("event_chain", lastLink);
        }
        assertThat(run("verify", "--heads=" + heads).exitCode()).isEqualTo(IntegrityCommandLine.INTACT);
    }

    @Test
    void the_nightly_check_exits_with_two_when_it_cannot_run() {
        assertThat(run().exitCode()).isEqualTo(IntegrityCommandLine.FAILED);
        assertThat(run("rewrite-history").err()).contains("usage: integrity verify");
        Run unreachable = runAgainst("jdbc:postgresql://localhost:1/none", "verify",
                "--spring.datasource.hikari.connection-timeout=500");
        assertThat(unreachable.exitCode()).isEqualTo(IntegrityCommandLine.FAILED);
        assertThat(unreachable.err()).contains("The integrity check could not run");
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... command) {
        return runAgainst(database.jdbcUrl(), command);
    }

    private static Run runAgainst(String url, String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[command.length + 2];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--spring.datasource.url=" + url;
        args[command.length + 1] = "--spring.datasource.username=" + EmbeddedDatabase.USER;
        int exitCode = IntegrityCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure()
                .dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, null)
                .locations("classpath:db/migration")
                .placeholders(Map.of("application_role", ""));
    }

    /** The newest migration before V7, whichever that is once other migrations are added. */
    private static String lastVersionBeforeTheChains() {
        return Arrays.stream(flyway().load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(MigrationVersion.fromVersion("7")) < 0)
                .max(MigrationVersion::compareTo)
                .orElseThrow()
                .getVersion();
    }

    private static String author(String user, String institution) {
        return """
                ,"recordedBy":{"userId":{"value":"%s"},"displayName":"Osoba %s","role":"SOCIAL_WORKER",\
                "institutionId":{"value":"%s"}}""".formatted(user, user, institution);
    }

    private static void storeBeforeTheChains(String stream, long sequence, String timeStamp, String author) {
        String payload = "{\"caseId\":{\"value\":\"" + (stream.startsWith("sharing-") ? stream.substring(8) : stream)
                + "\"},\"note\":\"Zapis sprzed łańcucha\"" + (author == null ? "" : author) + "}";
        jdbc.update("""
                        insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                            event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data)
                        values (nextval('domain_event_global_index_seq'), ?, ?, 'FamilyCaseAggregate', ?, ?,
                            'pl.asysta.cases.FamilyCaseEvent$NoteRecorded', null, ?, ?)""",
                stream, sequence, stream + "-" + sequence, timeStamp, payload.getBytes(StandardCharsets.UTF_8),
                sequence == 0 ? null : "{\"traceId\":\"t\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static void insert(String table, Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String values = String.join(", ", row.keySet().stream().map(column -> "?").toList());
        superuser.execute("insert into " + table + " (" + columns + ") values (" + values + ")",
                row.values().toArray());
    }
}
