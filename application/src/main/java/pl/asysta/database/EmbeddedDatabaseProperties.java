package pl.asysta.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL, used only when no {@code spring.datasource.url} is set.
 *
 * @param directory where the cluster's files are kept between runs
 * @param ephemeral a fresh cluster in a temporary directory, removed at shutdown (tests)
 * @param port the port to listen on, 0 for any free one
 */
@ConfigurationProperties("asysta.embedded-database")
public record EmbeddedDatabaseProperties(Path directory, boolean ephemeral, int port) {

    public EmbeddedDatabaseProperties {
        if (directory == null) {
            directory = Path.of(System.getProperty("user.home"), ".asysta", "postgres");
        }
    }
}
