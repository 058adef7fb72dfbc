package pl.asysta.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The copies of the read-model tables that a rebuild fills, in the schema {@value #SCHEMA}, next to the live
 * tables in the application's schema. A copy has the live table's columns in the same order, its defaults and
 * checks, and its primary key and unique indexes (the projections' {@code on conflict} clauses and lookups need
 * them); it is unlogged, since it is scratch that the events can always produce again, and it has none of the
 * live table's other indexes, which only serve screens and would slow the replay down.
 *
 * <p>Rows are compared as PostgreSQL prints them ({@code t::text}), both tables read in one session, so any
 * column the projections write counts, in the same text for the same value.
 */
final class ShadowTables {

    static final String SCHEMA = "read_model_rebuild";

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern INDEX_TARGET = Pattern.compile(" ON (ONLY )?(\\S+) USING ");
    private static final int EXAMPLE_KEYS = 5;

    /** A table's content in short: its rows and a SHA-256 over the digests of its rows in key order. */
    record Fingerprint(long rows, String digest) {
    }

    private final JdbcTemplate jdbc;
    private final String liveSchema;
    private final List<String> tables;

    ShadowTables(JdbcTemplate jdbc, List<String> tables) {
        for (String table : tables) {
            if (!NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("not a plain table name: " + table);
            }
        }
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
        this.liveSchema = jdbc.queryForObject("select current_schema()", String.class);
    }

    List<String> tables() {
        return tables;
    }

    /** Drops copies left by an earlier run and creates empty ones. */
    void create() {
        for (String table : tables) {
            if (jdbc.queryForObject("select to_regclass(?) is null", Boolean.class, live(table))) {
                throw new IllegalStateException("read-model table " + table + " does not exist");
            }
            jdbc.execute("drop table if exists " + shadow(table));
            jdbc.execute("create unlogged table " + shadow(table) + " (like " + live(table)
                    + " including defaults including generated including identity including constraints)");
            for (String definition : jdbc.queryForList("""
                    select pg_get_indexdef(i.indexrelid) from pg_index i
                    where i.indrelid = to_regclass(?) and i.indisunique""", String.class, live(table))) {
                jdbc.execute(onShadow(definition, table));
            }
        }
    }

    void drop() {
        for (String table : tables) {
            jdbc.execute("drop table if exists " + shadow(table));
        }
    }

    Fingerprint liveFingerprint(String table) {
        return fingerprint(live(table), table);
    }

    Fingerprint rebuiltFingerprint(String table) {
        return fingerprint(shadow(table), table);
    }

    /** The rows of the table that differ between the live and the rebuilt copy: how many, and the first keys. */
    Differences differences(String table) {
        String key = keyExpression(table);
        String differing = """
                select k, count(*) over () as total from (
                    (select %1$s as k, t::text as r from %2$s t except all select %1$s, t::text from %3$s t)
                    union all
                    (select %1$s, t::text from %3$s t except all select %1$s, t::text from %2$s t)) d
                group by k order by k limit %4$d""".formatted(key, live(table), shadow(table), EXAMPLE_KEYS);
        List<String> keys = new ArrayList<>();
        long[] total = {0};
        jdbc.query(differing, row -> {
            keys.add(row.getString(1));
            total[0] = row.getLong(2);
        });
        return new Differences(total[0], keys);
    }

    record Differences(long rows, List<String> exampleKeys) {
    }

    /**
     * Makes the live table hold exactly the rebuilt rows: removes the live rows that the rebuild did not produce,
     * then adds the rebuilt rows the live table lacks. Rows that are equal are not touched, so readers of the
     * live table see the change at commit and nothing else moves.
     */
    void correct(String table) {
        jdbc.update("delete from " + live(table) + " t where not exists (select 1 from " + shadow(table)
                + " s where s::text = t::text)");
        jdbc.update("insert into " + live(table) + " select s.* from " + shadow(table) + " s where not exists ("
                + "select 1 from " + live(table) + " t where t::text = s::text)");
    }

    private Fingerprint fingerprint(String qualified, String table) {
        String order = String.join(", ", keyColumns(table).stream().map(column -> "t." + column).toList());
        return jdbc.queryForObject("""
                        select count(*), encode(sha256(coalesce(
                            string_agg(sha256(convert_to(t::text, 'UTF8')), ''::bytea order by %s), ''::bytea)),
                            'hex')
                        from %s t""".formatted(order.isEmpty() ? "t::text" : order, qualified),
                (row, n) -> new Fingerprint(row.getLong(1), row.getString(2)));
    }

    /** How a differing row is named in the outcome: its primary key, e.g. {@code case_id=c-1, member_id=m1}. */
    private String keyExpression(String table) {
        List<String> columns = keyColumns(table);
        if (columns.isEmpty()) {
            return "t::text";
        }
        return "concat_ws(', ', " + String.join(", ", columns.stream()
                .map(column -> "'" + column + "=' || t." + column).toList()) + ")";
    }

    private List<String> keyColumns(String table) {
        return jdbc.queryForList("""
                select a.attname from pg_index i
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = to_regclass(?) and i.indisprimary
                order by array_position(i.indkey::int2[], a.attnum)""", String.class, live(table));
    }

    private String onShadow(String indexDefinition, String table) {
        Matcher target = INDEX_TARGET.matcher(indexDefinition);
        if (!target.find()) {
            throw new IllegalStateException("cannot read the index definition " + indexDefinition);
        }
        return indexDefinition.substring(0, target.start()) + " ON " + shadow(table) + " USING "
                + indexDefinition.substring(target.end());
    }

    private String live(String table) {
        return quote(liveSchema) + "." + table;
    }

    private static String shadow(String table) {
        return SCHEMA + "." + table;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
