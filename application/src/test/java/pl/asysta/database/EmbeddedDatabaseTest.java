package pl.asysta.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The embedded default keeps a centre's data across restarts, and steps aside for a configured server. */
class EmbeddedDatabaseTest {

    @TempDir
    Path home;

    @Test
    void data_written_before_a_restart_is_there_after_it() throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(home.resolve("postgres"), false, 0);
        try (EmbeddedDatabase first = EmbeddedDatabase.start(properties)) {
            execute(first, "create table visit (note text)");
            execute(first, "insert into visit values ('wizyta domowa, rodzina Kowalskich')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(properties)) {
            assertThat(queryString(second, "select note from visit")).isEqualTo("wizyta domowa, rodzina Kowalskich");
        }
        assertThat(Files.exists(home.resolve("postgres").resolve("PG_VERSION"))).isTrue();
    }

    @Test
    void an_acknowledged_commit_is_flushed_before_it_is_acknowledged() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(home, true, 0))) {
            assertThat(queryString(database, "show synchronous_commit")).isEqualTo("on");
            assertThat(queryString(database, "show fsync")).isEqualTo("on");
            assertThat(queryString(database, "select split_part(current_setting('server_version'), '.', 1)"))
                    .isEqualTo("18");
        }
    }

    @Test
    void with_a_configured_datasource_url_nothing_embedded_is_started() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.invalid:5432/asysta")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedDatabase.class);
                    assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
                            .isEqualTo("jdbc:postgresql://db.example.invalid:5432/asysta");
                });
    }

    @Test
    void without_a_datasource_url_the_embedded_server_backs_the_data_source() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
                .withPropertyValues("asysta.embedded-database.ephemeral=true")
                .run(context -> {
                    assertThat(context).hasSingleBean(EmbeddedDatabase.class);
                    try (Connection connection = context.getBean(javax.sql.DataSource.class).getConnection();
                         Statement statement = connection.createStatement();
                         ResultSet rs = statement.executeQuery("select current_database()")) {
                        rs.next();
                        assertThat(rs.getString(1)).isEqualTo(EmbeddedDatabase.DATABASE);
                    }
                });
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, null);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
