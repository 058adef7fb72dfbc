package pl.asysta.cases.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;

/**
 * Rows a projection only adds to a table, declared by the table, its columns and the key a row is added once by:
 * the batch inserts many with one statement ({@link #insert}), or in a rebuild's replay loads them with
 * PostgreSQL's {@code COPY} ({@link #copy}), both made from the declaration rather than read out of SQL text.
 * One object per table and columns, made once as a constant.
 */
public final class ProjectionRows {

    private final String table;
    private final List<String> columns;
    private final String key;
    private final String row;
    private final String copy;

    private ProjectionRows(String table, String key, String... columns) {
        this.table = table;
        this.key = key;
        this.columns = List.of(columns);
        this.row = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
        this.copy = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    }

    /**
     * Rows keyed by the event's position: each event adds its own, and one handled twice adds it once
     * ({@link ProjectionStatement.Kind#ADDS_BY_POSITION}).
     */
    public static ProjectionRows byPosition(String table, String... columns) {
        return new ProjectionRows(table, "position", columns);
    }

    /**
     * Rows keyed by what they are about, such as a consent's id: the first row of a key stays
     * ({@link ProjectionStatement.Kind#ADDS_ONCE}).
     */
    public static ProjectionRows once(String table, String key, String... columns) {
        return new ProjectionRows(table, key, columns);
    }

    public String table() {
        return table;
    }

    /** How many values a row has. */
    int width() {
        return columns.size();
    }

    /** The insert of {@code count} rows, which leaves a row whose key is there already as it is. */
    String insert(int count) {
        return "insert into " + table + " (" + String.join(", ", columns) + ") values "
                + String.join(", ", Collections.nCopies(count, row)) + " on conflict (" + key + ") do nothing";
    }

    /** The {@code COPY} that loads rows into empty tables, in its text format ({@link #copyText}). */
    String copy() {
        return copy;
    }

    /** The rows in {@code COPY}'s text format: a line each, values separated by tabs. */
    static String copyText(List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 160);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                copyValue(text, row[i]);
            }
            text.append('\n');
        }
        return text.toString();
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
    static String text(Object value) {
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
}
