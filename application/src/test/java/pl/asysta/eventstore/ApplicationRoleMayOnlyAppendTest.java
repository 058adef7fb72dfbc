package pl.asysta.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.asysta.database.EmbeddedDatabase;
import pl.asysta.database.EmbeddedDatabaseProperties;

/**
 * Where the portal connects as its own role rather than the schema owner, the database's grants refuse it any
 * change to stored events, on top of the trigger.
 */
class ApplicationRoleMayOnlyAppendTest {

    private static EmbeddedDatabase database;

    @BeforeAll
    static void migrateWithAnApplicationRole() throws SQLException {
        database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(Path.of("unused"), true, 0));
        try (Connection owner = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, null);
             Statement statement = owner.createStatement()) {
            statement.execute("create role asysta_app login");
        }
        Flyway.configure()
                .dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, null)
                .locations("classpath:db/migration")
                .placeholders(Map.of("application_role", "asysta_app"))
                .load()
                .migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void the_application_role_can_append_and_read_events() throws SQLException {
        try (Connection app = DriverManager.getConnection(database.jdbcUrl(), "asysta_app", null);
             Statement statement = app.createStatement()) {
            statement.execute("""
                    insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                        event_identifier, time_stamp, payload_type, payload)
                    values (nextval('domain_event_global_index_seq'), 'grant-probe', 0, 'Probe', 'e-1',
                        '2026-01-01T00:00:00Z', 'Probe', '\\x7b7d')""");
            var rows = statement.executeQuery("select count(*) from domain_event_entry");
            rows.next();
            assertThat(rows.getLong(1)).isOne();
        }
    }

    @Test
    void the_application_role_has_no_right_to_update_delete_or_truncate_events() throws SQLException {
        try (Connection app = DriverManager.getConnection(database.jdbcUrl(), "asysta_app", null);
             Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.execute("update domain_event_entry set type = 'x'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("delete from domain_event_entry"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("truncate domain_event_entry"))
                    .hasMessageContaining("permission denied");
        }
    }
}
