package pl.asysta.cases.readmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * Copies of the case read-model tables for a point-in-time reading to replay a case's events into (ADR 0015).
 * They live in the schemas {@code read_model_as_of_1} to {@code _4} of V11, called slots: unlogged tables with the
 * live tables' names, columns, defaults and primary keys (what the projections' {@code on conflict} clauses need),
 * made once and kept. A reading claims a slot for its transaction with an advisory lock, so no two readings ever
 * share one; sets the transaction's search path to the slot alone, so the projections and the queries, whose SQL
 * names tables without a schema, write and read the copies; and is rolled back, so the copies are empty again
 * and no other session ever sees a row of them. A table missing from {@link #tables} is then not found at all:
 * a reading fails loudly rather than ever touching the live read model.
 *
 * <p>The copies are made from column definitions read from the catalog, not with {@code like}, which would hold
 * a lock on each live table; they are compared with the live definitions once after start and remade when a
 * migration has changed a live table.
 */
public final class ScratchReadModel implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ScratchReadModel.class);

    /** The schemas of V11 that hold the copies; a fifth reading at the same moment waits for a slot. */
    public static final int SLOTS = 4;

    private static final String SLOT_SCHEMA = "read_model_as_of_";

    /** The first key of the slots' advisory locks (the bytes of "ASOF"); the second is the slot's number. */
    private static final int LOCK_SPACE = 0x41534F46;

    private static final String COLUMNS = """
            select quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                || case when a.attnotnull then ' not null' else '' end
                || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
            from pg_attribute a
            left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where a.attrelid = to_regclass(quote_ident(?) || '.' || quote_ident(?))
              and a.attnum > 0 and not a.attisdropped
            order by a.attnum""";

    private static final String PRIMARY_KEY = """
            select pg_get_constraintdef(c.oid) from pg_constraint c
            where c.conrelid = to_regclass(quote_ident(?) || '.' || quote_ident(?))
              and c.contype = 'p'""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final List<String> tables;
    /** The copies that hold a row: none, unless something committed to a slot. */
    private final String holdingRows;
    private final String emptyAll;
    private volatile boolean prepared;
    private final Set<Integer> vacuumDue = ConcurrentHashMap.newKeySet();
    /** The slots with a vacuum queued or running. */
    private final Set<Integer> notVacuumedYet = ConcurrentHashMap.newKeySet();
    private final ExecutorService vacuuming = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("as-of-vacuum").daemon().factory());

    /**
     * Copies of {@code tables}: every table the case read model's processor writes for a case and the case page
     * reads ({@link #caseTables}). {@code ownTransaction} must start a transaction of its own, never join one.
     */
    public ScratchReadModel(JdbcTemplate jdbc, TransactionTemplate ownTransaction, List<String> tables) {
        this.jdbc = jdbc;
        this.ownTransaction = ownTransaction;
        this.tables = List.copyOf(tables);
        this.holdingRows = this.tables.stream()
                .map(table -> "select '" + table + "' where exists (select 1 from " + table + ")")
                .collect(Collectors.joining(" union all "));
        this.emptyAll = this.tables.stream().map(table -> "delete from " + table + ";")
                .collect(Collectors.joining("\n"));
    }

    /**
     * The tables the projections of the case read model's processor write for a case, each named once: a
     * projection that writes a new table for the case names it ({@link ReadModelProjection#caseTables}), and a
     * reading of the past copies it without further ado.
     */
    public static List<String> caseTables(List<? extends ReadModelProjection> projections) {
        return projections.stream().flatMap(projection -> projection.caseTables().stream()).distinct().sorted()
                .toList();
    }

    /** The tables copied into every slot. */
    public List<String> tables() {
        return tables;
    }

    /**
     * Makes sure, once after start, that every slot holds copies of exactly the live tables, remaking a slot's
     * copies otherwise; each slot in a transaction of its own under its lock, so a reading in it on another node
     * is waited for. Call it outside the reading's transaction.
     */
    public void prepare() {
        if (prepared) {
            return;
        }
        synchronized (this) {
            if (prepared) {
                return;
            }
            String liveSchema = jdbc.queryForObject("select current_schema()", String.class);
            Map<String, String> live = definitions(liveSchema);
            for (int slot = 1; slot <= SLOTS; slot++) {
                String schema = schema(slot);
                int locked = slot;
                ownTransaction.executeWithoutResult(status -> {
                    lock(locked);
                    if (!definitions(schema).equals(live)) {
                        remake(schema, live);
                    }
                });
            }
            prepared = true;
        }
    }

    /**
     * Claims a slot for the current transaction (the first free one, or waits for one when all are taken), and
     * from then on lets the transaction's statements see only its copies. Anything the transaction must read from
     * the live schema (the event store) it reads before this. Refuses a slot holding rows, which only a commit
     * could have left there.
     */
    public int enter() {
        if (!prepared) {
            throw new IllegalStateException("the copies have not been prepared");
        }
        int slot = claim();
        String schema = schema(slot);
        jdbc.execute("set local search_path = " + schema + ", pg_temp");
        List<String> holding = jdbc.queryForList(holdingRows, String.class);
        if (!holding.isEmpty()) {
            throw new IllegalStateException("the copies in " + schema + " hold committed rows in " + holding);
        }
        return slot;
    }

    /**
     * Has the rows a reading rolled back removed from the slot's copies, in the background: left to autovacuum
     * (a minute or more away), they would pile up under readings in quick succession and each next reading would
     * wade through them. A vacuum does not stop a reading from using the slot meanwhile.
     */
    public void vacuumLater(int slot) {
        notVacuumedYet.add(slot);
        if (vacuumDue.add(slot)) {
            vacuuming.execute(() -> {
                vacuumDue.remove(slot);
                try {
                    jdbc.execute("vacuum " + tables.stream().map(table -> schema(slot) + "." + table)
                            .collect(Collectors.joining(", ")));
                } catch (DataAccessException failure) {
                    log.warn("Could not vacuum {}; autovacuum will: {}", schema(slot), failure.getMessage());
                } finally {
                    if (!vacuumDue.contains(slot)) {
                        notVacuumedYet.remove(slot);
                    }
                }
            });
        }
    }

    /** Waits until every vacuum asked for so far has run: they run one after another, in the order asked. */
    public void awaitVacuumed() {
        CompletableFuture.runAsync(() -> { }, vacuuming).join();
    }

    @Override
    public void close() {
        vacuuming.close();
    }

    /** Empties the copies, for a replay from the first event: only this transaction's rows are there to see. */
    public void empty() {
        jdbc.execute(emptyAll);
    }

    /**
     * The first free slot whose rolled-back rows have been vacuumed away, else the first free one: copying into
     * tables while they are vacuumed, and checking them while they still hold the last reading's rows, is slower.
     */
    private int claim() {
        List<Integer> vacuumedFirst = Stream.iterate(1, slot -> slot <= SLOTS, slot -> slot + 1)
                .sorted(Comparator.comparing(notVacuumedYet::contains)).toList();
        for (int slot : vacuumedFirst) {
            if (Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?, ?)", Boolean.class,
                    LOCK_SPACE, slot))) {
                return slot;
            }
        }
        int slot = ThreadLocalRandom.current().nextInt(SLOTS) + 1;
        lock(slot);
        return slot;
    }

    private void lock(int slot) {
        jdbc.queryForObject("select 1 from (select pg_advisory_xact_lock(?, ?)) locked", Integer.class,
                LOCK_SPACE, slot);
    }

    private static String schema(int slot) {
        return SLOT_SCHEMA + slot;
    }

    /** Each table's definition in the schema, as {@code create table} takes it; missing tables are left out. */
    private Map<String, String> definitions(String schema) {
        Map<String, String> definitions = new LinkedHashMap<>();
        for (String table : tables) {
            List<String> parts = new ArrayList<>(jdbc.queryForList(COLUMNS, String.class, schema, table));
            if (!parts.isEmpty()) {
                parts.addAll(jdbc.queryForList(PRIMARY_KEY, String.class, schema, table));
                definitions.put(table, String.join(", ", parts));
            }
        }
        return definitions;
    }

    private void remake(String schema, Map<String, String> live) {
        List<String> missing = tables.stream().filter(table -> !live.containsKey(table)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no read-model table " + String.join(", ", missing));
        }
        for (String table : jdbc.queryForList("select quote_ident(tablename) from pg_tables where schemaname = ?",
                String.class, schema)) {
            jdbc.execute("drop table " + schema + "." + table);
        }
        live.forEach((table, definition) ->
                jdbc.execute("create unlogged table " + schema + "." + table + " (" + definition + ")"));
    }
}
