package pl.asysta.cases.query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writes of one processing batch, sent to PostgreSQL as JDBC batches when the batch's unit of work prepares
 * to commit. A rebuild handles tens of thousands of events a second only if it pays neither a round trip nor a
 * statement per event: statements are batched, and {@link #row rows} that only add to a table are inserted many
 * to a statement. Statements run in the order they were made; rows and statements queued {@link #later} come
 * after all others, so they may read what any event of the batch wrote. Outside a unit of work everything runs
 * at once.
 */
final class ProjectionWrites {

    private static final String RESOURCE = ProjectionWrites.class.getName();

    private record Statement(String sql, Object[] arguments) {
    }

    private final JdbcTemplate jdbc;
    private final boolean deferred;
    private final List<Statement> first = new ArrayList<>();
    private final List<Statement> last = new ArrayList<>();
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    /** Rows per multi-row insert: well below PostgreSQL's limit of 65,535 parameters per statement. */
    private static final int ROWS_PER_INSERT = 250;

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

    /**
     * Adds a row with an insert of the form {@code insert into t (a, b) values %s on conflict ...}, where
     * {@code %s} stands for the rows; run after the statements queued with {@link #now}, before those queued
     * {@link #later}. The inserts of one batch must not depend on each other's order.
     */
    void row(String insert, Object... values) {
        if (deferred) {
            rows.computeIfAbsent(insert, key -> new ArrayList<>()).add(values);
        } else {
            insertRows(insert, List.<Object[]>of(values));
        }
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
        rows.forEach(this::insertRows);
        run(last);
        first.clear();
        rows.clear();
        last.clear();
    }

    private void insertRows(String insert, List<Object[]> values) {
        int width = values.getFirst().length;
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        for (int from = 0; from < values.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = values.subList(from, Math.min(values.size(), from + ROWS_PER_INSERT));
            String sql = insert.formatted(String.join(", ", Collections.nCopies(chunk.size(), row)));
            Object[] arguments = new Object[chunk.size() * width];
            for (int i = 0; i < chunk.size(); i++) {
                System.arraycopy(chunk.get(i), 0, arguments, i * width, width);
            }
            jdbc.update(sql, statement -> bind(statement, arguments));
        }
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
