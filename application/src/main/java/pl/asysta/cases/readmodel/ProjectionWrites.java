package pl.asysta.cases.readmodel;

import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;

/**
 * The writes of one processing batch, sent to PostgreSQL as JDBC batches when the batch's unit of work prepares
 * to commit. A rebuild handles tens of thousands of events a second only if it pays neither a round trip nor a
 * statement per event: statements are batched, and {@link #row rows} that only add to a table are inserted many
 * to a statement. Statements run in the order they were made; rows and statements queued {@link #later} come
 * after all others, so they may read what any event of the batch wrote. Outside a unit of work everything runs
 * at once.
 *
 * <p>In a rebuild's replay ({@link ReadModelProjection#REPLAY_INTO_EMPTY_TABLES}) rows are loaded with
 * PostgreSQL's {@code COPY}, about twice as fast as multi-row inserts: every event is handled exactly once into
 * tables that were empty, so the insert's conflict clause, which guards against an event handled twice, has
 * nothing to do. Should two rows collide anyway, the copy fails and so does the rebuild, loudly.
 *
 * <p>Every statement and every kind of row is declared where a projection writes it
 * ({@link ProjectionStatement}, {@link ProjectionRows}) with the table it writes and those it reads: the batch
 * learns from the declarations which statements it may reorder and how to insert or copy rows, and never reads
 * their SQL.
 *
 * <p>The projections of the case, its consent ledger and its referrals, which make nearly all of a case's events,
 * write through it; a handler of theirs therefore never reads a row the batch writes, and what it needs of one
 * (a name for a timeline entry) it looks up in one statement for the whole batch, {@link #laterForAll}. The rows
 * those streams only add (consents, grants, referrals, timeline entries) are {@link #row rows}, and what later
 * events change in them is queued {@link #later}, after the rows. Those of opinions for the court and of
 * supporting families, whose events are few, still write at once and read back their own rows; their timeline
 * entries come through it.
 */
public final class ProjectionWrites {

    private static final String RESOURCE = ProjectionWrites.class.getName();

    /** A statement queued with its arguments. */
    record Queued(ProjectionStatement statement, Object[] arguments) {
    }

    private final JdbcTemplate jdbc;
    private final boolean deferred;
    private boolean copyRows;
    private final List<Queued> first = new ArrayList<>();
    private final List<Queued> last = new ArrayList<>();
    private final Map<ProjectionRows, List<Object[]>> rows = new LinkedHashMap<>();
    private final Map<ProjectionStatement, List<Object[]>> forAll = new LinkedHashMap<>();

    /** Rows per multi-row insert: well below PostgreSQL's limit of 65,535 parameters per statement. */
    private static final int ROWS_PER_INSERT = 250;

    /** The shortest run of the same statement sent as a JDBC batch of its own. */
    private static final int BATCHED_RUN = 4;

    /** At most so many statements, and {@link #MAX_PARAMETERS} parameters, joined into one. */
    private static final int JOINED = 100;

    private static final int MAX_PARAMETERS = 30_000;

    private ProjectionWrites(JdbcTemplate jdbc, boolean deferred) {
        this.jdbc = jdbc;
        this.deferred = deferred;
    }

    /** The writes of the current unit of work, flushed before it commits. */
    public static ProjectionWrites current(JdbcTemplate jdbc) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new ProjectionWrites(jdbc, false);
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(RESOURCE, key -> {
            ProjectionWrites writes = new ProjectionWrites(jdbc, true);
            writes.copyRows = Boolean.TRUE.equals(root.getResource(ReadModelProjection.REPLAY_INTO_EMPTY_TABLES));
            root.onPrepareCommit(unitOfWork -> writes.flush());
            return writes;
        });
    }

    /** A statement, run in the order of the batch's statements, before its rows. */
    public void now(ProjectionStatement statement, Object... arguments) {
        queue(first, statement, arguments);
    }

    /**
     * A statement run after every other write of the batch: for one that reads what the batch writes (a name
     * looked up for a timeline entry), which it then sees as the batch leaves it.
     */
    public void later(ProjectionStatement statement, Object... arguments) {
        queue(last, statement, arguments);
    }

    /**
     * A statement run once for all the values the batch queued with it, after every other write of the
     * batch (those queued {@link #later} too): it takes one array parameter per value, as in
     * {@code unnest(?::bigint[], ?::text[])}, each holding that value of every call in the order they were made.
     * For what would otherwise cost a statement per event, such as the subject looked up for each of a thousand
     * timeline entries. Numbers go as {@code bigint[]}, anything else as {@code text[]}.
     */
    public void laterForAll(ProjectionStatement statement, Object... values) {
        if (deferred) {
            forAll.computeIfAbsent(statement, key -> new ArrayList<>()).add(values);
        } else {
            runForAll(statement, List.<Object[]>of(values));
        }
    }

    /**
     * Adds a row, one value per declared column; added after the statements queued with {@link #now}, before
     * those queued {@link #later}. The rows of one batch must not depend on each other's order.
     */
    public void row(ProjectionRows declared, Object... values) {
        if (values.length != declared.width()) {
            throw new IllegalArgumentException(values.length + " values for a row of " + declared.width()
                    + " columns of " + declared.table());
        }
        if (deferred) {
            rows.computeIfAbsent(declared, key -> new ArrayList<>()).add(values);
        } else {
            insertRows(declared, List.<Object[]>of(values));
        }
    }

    private void queue(List<Queued> queue, ProjectionStatement statement, Object[] arguments) {
        if (deferred) {
            queue.add(new Queued(statement, arguments));
        } else {
            run(List.of(new Queued(statement, arguments)));
        }
    }

    void flush() {
        run(grouped(first));
        rows.forEach(copyRows ? this::copyRows : this::insertRows);
        run(grouped(last));
        forAll.forEach(this::runForAll);
        first.clear();
        rows.clear();
        last.clear();
        forAll.clear();
    }

    /** Runs a statement of {@link #laterForAll} once, each value of the calls gathered into an array. */
    private void runForAll(ProjectionStatement declared, List<Object[]> calls) {
        int width = calls.getFirst().length;
        jdbc.update(declared.sql(), statement -> {
            for (int column = 0; column < width; column++) {
                statement.setArray(column + 1, array(statement.getConnection(), calls, column));
            }
        });
    }

    private static Array array(Connection connection, List<Object[]> calls, int column) throws SQLException {
        boolean numbers = calls.stream().map(call -> call[column])
                .allMatch(value -> value == null || value instanceof Long || value instanceof Integer);
        if (numbers) {
            return connection.createArrayOf("bigint", calls.stream().map(call -> (Number) call[column])
                    .map(number -> number == null ? null : number.longValue()).toArray(Long[]::new));
        }
        return connection.createArrayOf("text", calls.stream().map(call -> ProjectionRows.text(call[column]))
                .toArray(String[]::new));
    }

    private void insertRows(ProjectionRows declared, List<Object[]> values) {
        int width = declared.width();
        for (int from = 0; from < values.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = values.subList(from, Math.min(values.size(), from + ROWS_PER_INSERT));
            Object[] arguments = new Object[chunk.size() * width];
            for (int i = 0; i < chunk.size(); i++) {
                System.arraycopy(chunk.get(i), 0, arguments, i * width, width);
            }
            jdbc.update(declared.insert(chunk.size()), statement -> bind(statement, arguments));
        }
    }

    private void copyRows(ProjectionRows declared, List<Object[]> values) {
        String text = ProjectionRows.copyText(values);
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(declared.copy(),
                        new StringReader(text));
            } catch (java.io.IOException failure) {
                throw new SQLException("could not copy rows into " + declared.table(), failure);
            }
        });
    }

    /**
     * The statements in an order that puts more of the same statement next to each other, so that they go to
     * PostgreSQL as fewer batches: a statement joins an earlier group of its kind when it may pass every statement
     * queued in between, as their declarations say ({@link ProjectionStatement#mayPass}). Any other two keep their
     * order.
     */
    static List<Queued> grouped(List<Queued> statements) {
        List<List<Queued>> groups = new ArrayList<>();
        for (Queued queued : statements) {
            List<Queued> joined = null;
            for (int i = groups.size() - 1; i >= 0; i--) {
                ProjectionStatement head = groups.get(i).getFirst().statement();
                if (head == queued.statement()) {
                    joined = groups.get(i);
                    break;
                }
                if (!queued.statement().mayPass(head)) {
                    break;
                }
            }
            if (joined == null) {
                joined = new ArrayList<>();
                groups.add(joined);
            }
            joined.add(queued);
        }
        return groups.stream().flatMap(List::stream).toList();
    }

    /**
     * Runs the statements in order: each run of the same SQL of {@link #BATCHED_RUN} statements or more as one JDBC
     * batch, and shorter runs in between joined into one statement of several, so that a batch of events whose
     * writes alternate between tables costs a round trip per {@link #JOINED} statements rather than one each.
     */
    private void run(List<Queued> statements) {
        List<Queued> joined = new ArrayList<>();
        int parameters = 0;
        int from = 0;
        while (from < statements.size()) {
            ProjectionStatement declared = statements.get(from).statement();
            int to = from + 1;
            while (to < statements.size() && statements.get(to).statement() == declared) {
                to++;
            }
            List<Queued> run = statements.subList(from, to);
            if (run.size() >= BATCHED_RUN) {
                runJoined(joined);
                parameters = 0;
                jdbc.batchUpdate(declared.sql(), run, run.size(),
                        (statement, each) -> bind(statement, each.arguments()));
            } else {
                for (Queued statement : run) {
                    if (joined.size() == JOINED || parameters + statement.arguments().length > MAX_PARAMETERS) {
                        runJoined(joined);
                        parameters = 0;
                    }
                    joined.add(statement);
                    parameters += statement.arguments().length;
                }
            }
            from = to;
        }
        runJoined(joined);
    }

    /** Sends the statements as one, in one round trip, and forgets them. */
    private void runJoined(List<Queued> statements) {
        if (statements.isEmpty()) {
            return;
        }
        String sql = statements.stream().map(queued -> queued.statement().sql())
                .collect(Collectors.joining(";\n"));
        Object[] arguments = statements.stream().flatMap(statement -> Arrays.stream(statement.arguments()))
                .toArray();
        jdbc.execute(sql, (PreparedStatementCallback<Boolean>) statement -> {
            bind(statement, arguments);
            return statement.execute();
        });
        statements.clear();
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
