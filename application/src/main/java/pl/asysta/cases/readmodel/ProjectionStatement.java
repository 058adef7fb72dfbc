package pl.asysta.cases.readmodel;

import java.util.Locale;
import java.util.Set;

/**
 * A statement a projection writes the read model with, declared where its SQL is written together with what a
 * processing batch must know to send it in another order ({@link ProjectionWrites}): the table it writes, the
 * tables it reads, and how it writes ({@link Kind}). One object per SQL text, made once as a constant: the batch
 * groups statements by the object, so two of them with the same text are two statements to it.
 *
 * <p>Which statements may pass each other follows from the declarations alone ({@link #mayPass}); the batch never
 * looks into the SQL. A declaration must therefore name every table the statement reads, in a subquery or a join
 * as much as in its {@code from}; read-model tables have no triggers or foreign keys that would read for it.
 */
public final class ProjectionStatement {

    /** How a statement writes its table. */
    public enum Kind {

        /**
         * Adds a row keyed by the event's position ({@code on conflict (position, ...) do nothing}): two events
         * never add the same row, and an event handled twice adds it once, so such statements may run in any
         * order among themselves.
         */
        ADDS_BY_POSITION,

        /** Adds a row keyed by what it is about ({@code on conflict (id) do nothing}): the first one stays. */
        ADDS_ONCE,

        /** Adds a row or changes the one there, the latter only for an event newer than the row remembers. */
        UPSERTS_NEWER,

        /** Changes rows that are there. */
        UPDATES
    }

    private final String sql;
    private final String table;
    private final Set<String> reads;
    private final Kind kind;

    private ProjectionStatement(Kind kind, String table, String sql, String... reads) {
        this.kind = kind;
        this.table = table;
        this.sql = sql;
        this.reads = Set.of(reads);
        String verb = kind == Kind.UPDATES ? "update " : "insert into ";
        if (!sql.strip().toLowerCase(Locale.ROOT).startsWith(verb + table + " ")) {
            throw new IllegalArgumentException("a statement declared to write " + table + " with " + verb.strip()
                    + " does not: " + sql);
        }
    }

    /** An insert of a row keyed by the event's position ({@link Kind#ADDS_BY_POSITION}). */
    public static ProjectionStatement addsByPosition(String table, String sql, String... reads) {
        return new ProjectionStatement(Kind.ADDS_BY_POSITION, table, sql, reads);
    }

    /** An insert of a row keyed by what it is about, kept once there ({@link Kind#ADDS_ONCE}). */
    public static ProjectionStatement addsOnce(String table, String sql, String... reads) {
        return new ProjectionStatement(Kind.ADDS_ONCE, table, sql, reads);
    }

    /** An insert that otherwise changes the row for a newer event ({@link Kind#UPSERTS_NEWER}). */
    public static ProjectionStatement upsertsNewer(String table, String sql, String... reads) {
        return new ProjectionStatement(Kind.UPSERTS_NEWER, table, sql, reads);
    }

    /** An update ({@link Kind#UPDATES}). */
    public static ProjectionStatement updates(String table, String sql, String... reads) {
        return new ProjectionStatement(Kind.UPDATES, table, sql, reads);
    }

    public String sql() {
        return sql;
    }

    /** The table the statement writes. */
    public String table() {
        return table;
    }

    /**
     * The tables the statement reads: others in subqueries and joins, and its own only when it reads rows of it
     * other than those it writes.
     */
    public Set<String> reads() {
        return reads;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether this statement, queued after {@code earlier}, may run before it with the same outcome: when neither
     * writes a table the other reads, and they write different tables or both only add rows keyed by the event's
     * position. Any other two keep their order.
     */
    boolean mayPass(ProjectionStatement earlier) {
        boolean commute = !table.equals(earlier.table)
                || kind == Kind.ADDS_BY_POSITION && earlier.kind == Kind.ADDS_BY_POSITION;
        return commute && !reads.contains(earlier.table) && !earlier.reads.contains(table);
    }

    @Override
    public String toString() {
        return kind + " " + table + (reads.isEmpty() ? "" : " reading " + reads);
    }
}
