package pl.asysta.cases.readmodel;

import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    record Statement(String sql, Object[] arguments) {
    }

    /** The table and columns of a row insert, for its {@code COPY}. */
    private static final Pattern INSERT_INTO = Pattern.compile("^\\s*insert\\s+into\\s+(\\w+)\\s*\\(([^)]*)\\)",
            Pattern.CASE_INSENSITIVE);

    private final JdbcTemplate jdbc;
    private final boolean deferred;
    private boolean copyRows;
    private final List<Statement> first = new ArrayList<>();
    private final List<Statement> last = new ArrayList<>();
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    private final Map<String, List<Object[]>> forAll = new LinkedHashMap<>();

    /** Rows per multi-row insert: well below PostgreSQL's limit of 65,535 parameters per statement. */
    private static final int ROWS_PER_INSERT = 250;

    /** The shortest run of the same SQL sent as a JDBC batch of its own. */
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
    public void now(String sql, Object... arguments) {
        queue(first, sql, arguments);
    }

    /**
     * A statement run after every other write of the batch: for one that reads what the batch writes (a name
     * looked up for a timeline entry), which it then sees as the batch leaves it.
     */
    public void later(String sql, Object... arguments) {
        queue(last, sql, arguments);
    }

    /**
     * A statement run once for all the values the batch queued with the same SQL, after every other write of the
     * batch (those queued {@link #later} too): it takes one array parameter per value, as in
     * {@code unnest(?::bigint[], ?::text[])}, each holding that value of every call in the order they were made.
     * For what would otherwise cost a statement per event, such as the subject looked up for each of a thousand
     * timeline entries. Numbers go as {@code bigint[]}, anything else as {@code text[]}.
     */
    public void laterForAll(String sql, Object... values) {
        if (deferred) {
            forAll.computeIfAbsent(sql, key -> new ArrayList<>()).add(values);
        } else {
            runForAll(sql, List.<Object[]>of(values));
        }
    }

    /**
     * Adds a row with an insert of the form {@code insert into t (a, b) values %s on conflict ...}, where
     * {@code %s} stands for the rows; run after the statements queued with {@link #now}, before those queued
     * {@link #later}. The inserts of one batch must not depend on each other's order.
     */
    public void row(String insert, Object... values) {
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
    private void runForAll(String sql, List<Object[]> calls) {
        int width = calls.getFirst().length;
        jdbc.update(sql, statement -> {
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
        return connection.createArrayOf("text", calls.stream().map(call -> text(call[column]))
                .toArray(String[]::new));
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

    private void copyRows(String insert, List<Object[]> values) {
        Matcher target = INSERT_INTO.matcher(insert);
        if (!target.find()) {
            throw new IllegalArgumentException("not a row insert: " + insert);
        }
        StringBuilder text = new StringBuilder(values.size() * 160);
        for (Object[] row : values) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                copyValue(text, row[i]);
            }
            text.append('\n');
        }
        String copy = "copy " + target.group(1) + " (" + target.group(2).replaceAll("\\s+", " ").trim()
                + ") from stdin";
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy,
                        new StringReader(text.toString()));
            } catch (java.io.IOException failure) {
                throw new SQLException("could not copy rows into " + target.group(1), failure);
            }
        });
    }

    /** A value in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
    private static void copyValue(StringBuilder text, Object value) {
        String plain = text(value);
        if (plain == null) {
            text.append("\\N");
            return;
        }
        if (!needsEscapes(plain)) {
            text.append(plain);
            return;
        }
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /** A value as PostgreSQL reads it from text: {@code null} for null. */
    private static String text(Object value) {
        return switch (value) {
            case null -> null;
            case String string -> string;
            case Number number -> number.toString();
            case Boolean bool -> bool.toString();
            case LocalDate date -> date.toString();
            case Instant instant -> instant.toString();
            case OffsetDateTime moment -> moment.toString();
            case Enum<?> constant -> constant.name();
            case Record id -> id.toString();
            default -> throw new IllegalArgumentException("no text for " + value.getClass().getName());
        };
    }

    /** Whether the text holds a separator or a backslash; {@code indexOf} scans many characters at a time. */
    private static boolean needsEscapes(String plain) {
        return plain.indexOf('\\') >= 0 || plain.indexOf('\t') >= 0 || plain.indexOf('\n') >= 0
                || plain.indexOf('\r') >= 0;
    }

    /**
     * The statements in an order that puts more of the same SQL next to each other, so that they go to
     * PostgreSQL as fewer batches: a statement joins an earlier group of its SQL when it may pass every statement
     * queued in between. It may pass a statement when neither writes a table the other reads, and they write
     * different tables or both only add rows keyed by the event's position ({@code on conflict (position) do
     * nothing}, which two different events never share and one event handled twice makes alike); read-model
     * tables have no triggers or foreign keys that would read for them. Any other two keep their order.
     */
    static List<Statement> grouped(List<Statement> statements) {
        List<List<Statement>> groups = new ArrayList<>();
        for (Statement statement : statements) {
            List<Statement> joined = null;
            for (int i = groups.size() - 1; i >= 0; i--) {
                Statement head = groups.get(i).getFirst();
                if (head.sql().equals(statement.sql())) {
                    joined = groups.get(i);
                    break;
                }
                if (!mayPass(statement.sql(), head.sql())) {
                    break;
                }
            }
            if (joined == null) {
                joined = new ArrayList<>();
                groups.add(joined);
            }
            joined.add(statement);
        }
        return groups.stream().flatMap(List::stream).toList();
    }

    private static final Pattern WRITTEN_TABLE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern READ_TABLE = Pattern.compile("\\b(?:from|join)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDS_BY_POSITION = Pattern.compile(
            "^\\s*insert\\s+into\\b.*\\bon\\s+conflict\\s*\\(\\s*position\\s*\\)\\s*do\\s+nothing\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static boolean mayPass(String sql, String earlier) {
        Shape shape = Shape.of(sql);
        Shape earlierShape = Shape.of(earlier);
        if (shape.written() == null || earlierShape.written() == null) {
            return false;
        }
        boolean commute = !shape.written().equals(earlierShape.written())
                || shape.addsByPosition() && earlierShape.addsByPosition();
        return commute && !shape.reads().contains(earlierShape.written())
                && !earlierShape.reads().contains(shape.written());
    }

    /** What grouping needs to know of a statement: the table it writes, those it reads, whether it only adds. */
    private record Shape(String written, Set<String> reads, boolean addsByPosition) {

        /** The projections' SQL texts are a handful, made from constants: each is looked at once. */
        private static final Map<String, Shape> KNOWN = new ConcurrentHashMap<>();

        static Shape of(String sql) {
            return KNOWN.computeIfAbsent(sql, Shape::parse);
        }

        private static Shape parse(String sql) {
            Matcher table = WRITTEN_TABLE.matcher(sql);
            String written = table.find() ? table.group(1).toLowerCase(Locale.ROOT) : null;
            Set<String> reads = new HashSet<>();
            Matcher read = READ_TABLE.matcher(sql);
            while (read.find()) {
                reads.add(read.group(1).toLowerCase(Locale.ROOT));
            }
            return new Shape(written, Set.copyOf(reads), ADDS_BY_POSITION.matcher(sql).matches());
        }
    }

    /**
     * Runs the statements in order: each run of the same SQL of {@link #BATCHED_RUN} statements or more as one JDBC
     * batch, and shorter runs in between joined into one statement of several, so that a batch of events whose
     * writes alternate between tables costs a round trip per {@link #JOINED} statements rather than one each.
     */
    private void run(List<Statement> statements) {
        List<Statement> joined = new ArrayList<>();
        int parameters = 0;
        int from = 0;
        while (from < statements.size()) {
            String sql = statements.get(from).sql();
            int to = from + 1;
            while (to < statements.size() && statements.get(to).sql().equals(sql)) {
                to++;
            }
            List<Statement> run = statements.subList(from, to);
            if (run.size() >= BATCHED_RUN) {
                runJoined(joined);
                parameters = 0;
                jdbc.batchUpdate(sql, run, run.size(), (statement, each) -> bind(statement, each.arguments()));
            } else {
                for (Statement statement : run) {
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
    private void runJoined(List<Statement> statements) {
        if (statements.isEmpty()) {
            return;
        }
        String sql = statements.stream().map(Statement::sql).collect(Collectors.joining(";\n"));
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
