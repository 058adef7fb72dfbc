package pl.asysta.cases.query;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empty copies of the case read-model tables, private to one transaction, for a point-in-time reading to replay
 * a case's events into (ADR 0015). They are temporary tables with the live tables' names, columns, defaults and
 * primary keys (what the projections' {@code on conflict} clauses need), dropped when the transaction ends; the
 * transaction's search path holds only them, so the projections and the queries, whose SQL names tables without
 * a schema, write and read the copies. A table missing from {@link #TABLES} is then not found at all: a reading
 * fails loudly rather than ever touching the live read model.
 *
 * <p>The copies are made from column definitions read from the catalog once, not with {@code like}, which would
 * hold a lock on each live table for the whole reading.
 */
final class ScratchReadModel {

    /**
     * Every table the case read model's processor writes for a case and the case page reads: the case
     * projection's (but the assistants' caseloads, which are theirs, not the case's), and those of the consent
     * ledger, referrals, court opinion requests and supporting-family arrangements that share its processor. A projection of that processor that writes a new table for the case
     * must add it here.
     */
    static final List<String> TABLES = Stream.concat(
            CaseProjection.TABLES.stream().filter(table -> !table.equals("case_caseload")),
            Stream.of("sharing_consent", "access_grant", "referral", "court_opinion_request", "court_decision",
                    "support_arrangement", "support_help", "support_claim", "support_claim_line",
                    "support_claim_receipt")).toList();

    private static final String COLUMNS = """
            select quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                || case when a.attnotnull then ' not null' else '' end
                || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
            from pg_attribute a
            left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where a.attrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(?))
              and a.attnum > 0 and not a.attisdropped
            order by a.attnum""";

    private static final String PRIMARY_KEY = """
            select pg_get_constraintdef(c.oid) from pg_constraint c
            where c.conrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(?))
              and c.contype = 'p'""";

    private final JdbcTemplate jdbc;
    private volatile String definitions;

    ScratchReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes the copies in the current transaction and from then on lets its statements see only them. Anything
     * the transaction must read from the live schema (the event store) it reads before this.
     */
    void enter() {
        String copies = definitions();
        jdbc.execute("set local search_path = pg_temp;\n" + copies);
    }

    /** Empties the copies, for a replay from the first event. */
    void empty() {
        jdbc.execute("truncate table " + String.join(", ", TABLES));
    }

    private String definitions() {
        String known = definitions;
        if (known == null) {
            known = String.join("\n", TABLES.stream().map(this::definition).toList());
            definitions = known;
        }
        return known;
    }

    private String definition(String table) {
        List<String> parts = new ArrayList<>(jdbc.queryForList(COLUMNS, String.class, table));
        if (parts.isEmpty()) {
            throw new IllegalStateException("no read-model table " + table);
        }
        parts.addAll(jdbc.queryForList(PRIMARY_KEY, String.class, table));
        return "create temp table " + table + " (" + String.join(", ", parts) + ") on commit drop;";
    }
}
