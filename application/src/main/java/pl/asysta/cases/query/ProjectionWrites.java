package pl.asysta.cases.query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writes of one processing batch, sent to PostgreSQL as JDBC batches when the batch's unit of work prepares
 * to commit. A rebuild handles tens of thousands of events a second only if it does not pay a round trip per
 * statement. Statements run in the order they were made; those queued {@link #later} run after all others, so
 * they may read what any event of the batch wrote. Outside a unit of work every statement runs at once.
 */
final class ProjectionWrites {

    private static final String RESOURCE = ProjectionWrites.class.getName();

    private record Statement(String sql, Object[] arguments) {
    }

    private final JdbcTemplate jdbc;
    private final boolean deferred;
    private final List<Statement> first = new ArrayList<>();
    private final List<Statement> last = new ArrayList<>();

    private ProjectionWrites(JdbcTemplate jdbc, boolean deferred) {
        this.jdbc = jdbc;
        this.deferred = deferred;
    }

    /** The writes of the current unit of work, flushed before it commits. */
    static ProjectionWrites current(JdbcTemplate jdbc) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new ProjectionWrites(jdbc, false);
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(RESOURCE, key -> {
            ProjectionWrites writes = new ProjectionWrites(jdbc, true);
            root.onPrepareCommit(unitOfWork -> writes.flush());
            return writes;
        });
    }

    void now(String sql, Object... arguments) {
        queue(first, sql, arguments);
    }

    void later(String sql, Object... arguments) {
        queue(last, sql, arguments);
    }

    private void queue(List<Statement> queue, String sql, Object[] arguments) {
        if (deferred) {
            queue.add(new Statement(sql, arguments));
        } else {
            run(List.of(new Statement(sql, arguments)));
        }
    }

    void flush() {
        run(first);
        run(last);
        first.clear();
        last.clear();
    }

    /** Runs the statements in order, each run of the same SQL as one JDBC batch. */
    private void run(List<Statement> statements) {
        int from = 0;
        while (from < statements.size()) {
            String sql = statements.get(from).sql();
            int to = from + 1;
            while (to < statements.size() && statements.get(to).sql().equals(sql)) {
                to++;
            }
            List<Statement> run = statements.subList(from, to);
            jdbc.batchUpdate(sql, run, run.size(), (statement, each) -> bind(statement, each.arguments()));
            from = to;
        }
    }

    private static void bind(PreparedStatement statement, Object[] arguments) throws SQLException {
        for (int i = 0; i < arguments.length; i++) {
            Object value = arguments[i];
            int index = i + 1;
            switch (value) {
                case null -> statement.setNull(index, Types.NULL);
                case Instant instant -> statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
                case Enum<?> constant -> statement.setString(index, constant.name());
                case Record id -> statement.setString(index, id.toString());
                default -> statement.setObject(index, value);
            }
        }
    }
}
