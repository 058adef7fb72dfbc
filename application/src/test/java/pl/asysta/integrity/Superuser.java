package pl.asysta.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Someone with the database's superuser password, working behind the portal's back: on their own connection, with
 * {@code session_replication_role = replica} so that the append-only triggers do not fire, they change stored
 * history directly in SQL. Tests use it to tamper and then to put things back as they were.
 */
final class Superuser {

    private final DataSource dataSource;

    Superuser(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs one statement with the triggers off; {@code parameters} are bound in order. */
    int execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (var off = connection.createStatement()) {
                off.execute("set session_replication_role = replica");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            } finally {
                try (var on = connection.createStatement()) {
                    on.execute("reset session_replication_role");
                }
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the superuser's statement failed: " + sql, e);
        }
    }
}
