package pl.asysta.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 18 server run by the portal itself, with {@code synchronous_commit=on} so that an acknowledged
 * command survives a crash, and its files in a directory that outlives the process.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "asysta";
    public static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final boolean ephemeral;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory, boolean ephemeral) {
        this.postgres = postgres;
        this.directory = directory;
        this.ephemeral = ephemeral;
    }

    /** Starts the server on the given directory, creating the cluster and the database on first use. */
    public static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
        try {
            Path directory = properties.ephemeral()
                    ? Files.createTempDirectory("asysta-postgres-")
                    : Files.createDirectories(properties.directory().toAbsolutePath());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("max_connections", "100");
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), directory, properties.ephemeral());
            database.createDatabaseIfMissing();
            if (properties.ephemeral()) {
                log.info("Embedded PostgreSQL 18 on port {} with a throw-away cluster in {}", database.port(), directory);
            } else {
                log.info("Embedded PostgreSQL 18 on port {}, data kept in {} across restarts "
                        + "(set spring.datasource.url to use an external server instead)", database.port(), directory);
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + properties.directory(), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path directory() {
        return directory;
    }

    /** The server's JDBC address, without credentials: the caller says who connects. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        if (ephemeral) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
