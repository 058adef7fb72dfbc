package pl.asysta.cases.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * The access log: every read of case data is recorded (ADR 0011). A record is written, in a transaction of its own
 * that commits before any case data is read, so that if it cannot be written nothing is shown. Records are
 * append-only (trigger and grants, V4) and tamper-evident: each stores the SHA-256 of its predecessor's hash and
 * its own content, appends are serialised by a transaction advisory lock so the chain has one order, and
 * {@link #verify} walks it. When someone outside the case team opens a case file, its assistant gets an alert
 * in the same transaction.
 */
@Service
public class AccessLog {

    /** Serialises appends to the chain; distinct from the event store's append lock. */
    static final long CHAIN_LOCK_KEY = 0x4153595354414C47L;

    private static final byte[] GENESIS = new byte[32];

    /** What {@link #record} returns for a list read gathered into a screen's one reading. */
    public static final long UNWRITTEN_YET = -1;

    private final ThreadLocal<Reading> reading = new ThreadLocal<>();

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, JdbcClient client, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.client = client;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Records that the actor is reading the cases' data in these categories, committed before this returns.
     * {@code alertAssistant} is the assistant to alert, or {@code null}. Fails (and so must the read) when the
     * record cannot be stored.
     */
    public long record(Actor actor, AccessView view, Collection<CaseId> cases, Set<DataCategory> categories,
                       String purpose, UserId alertAssistant) {
        Reading screen = reading.get();
        if (screen != null && view != AccessView.CASE_FILE && alertAssistant == null
                && screen.actor.equals(actor)) {
            screen.add(cases, categories, purpose);
            return UNWRITTEN_YET;
        }
        return write(actor, view, cases, categories, purpose, alertAssistant);
    }

    /**
     * Builds a screen that reads several lists (a start page) as one reading: the lists' records are gathered
     * while {@code screen} runs and written as one record (the union of their cases, categories and purposes)
     * when it has finished and before anything of it is sent to the browser. If that record cannot be written,
     * this throws, and the caller must discard what {@code screen} built.
     */
    public void asOneReading(Actor actor, AccessView view, Runnable screen) {
        if (reading.get() != null) {
            screen.run();
            return;
        }
        Reading gathered = new Reading(actor);
        reading.set(gathered);
        try {
            screen.run();
        } finally {
            reading.remove();
        }
        if (!gathered.cases.isEmpty()) {
            write(actor, view, gathered.cases, gathered.categories, String.join("; ", gathered.purposes), null);
        }
    }

    /** The lists read so far while one screen is built. */
    private static final class Reading {

        private final Actor actor;
        private final Set<CaseId> cases = new LinkedHashSet<>();
        private final Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        private final Set<String> purposes = new LinkedHashSet<>();

        Reading(Actor actor) {
            this.actor = actor;
        }

        void add(Collection<CaseId> read, Set<DataCategory> readCategories, String purpose) {
            cases.addAll(read);
            categories.addAll(readCategories);
            if (purpose != null && !purpose.isBlank()) {
                purposes.add(purpose);
            }
        }
    }

    private long write(Actor actor, AccessView view, Collection<CaseId> cases, Set<DataCategory> categories,
                       String purpose, UserId alertAssistant) {
        Long recordId = ownTransaction.execute(status -> {
            jdbc.queryForObject("select 1 from (select pg_advisory_xact_lock(?)) lock", Integer.class,
                    CHAIN_LOCK_KEY);
            byte[] previous = jdbc.query("select hash from access_record order by record_id desc limit 1",
                    rows -> rows.next() ? rows.getBytes(1) : GENESIS);
            long id = jdbc.queryForObject(
                    "select nextval(pg_get_serial_sequence('access_record', 'record_id'))", Long.class);
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String[] caseIds = cases.stream().map(CaseId::value).distinct().sorted().toArray(String[]::new);
            String roles = String.join(",", actor.roles().stream().sorted().map(Enum::name).toList());
            String stored = AccessPolicy.stored(categories);
            String purposeText = purpose == null ? "" : purpose;
            byte[] hash = hash(previous, id, at, actor.userId().value(), actor.displayName(), roles,
                    actor.institutionId().value(), view.name(), caseIds, stored, purposeText);
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        insert into access_record (record_id, recorded_at, actor_id, actor_name, actor_roles,
                            institution, view_name, case_ids, categories, purpose, previous_hash, hash)
                        overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                statement.setLong(1, id);
                statement.setTimestamp(2, Timestamp.from(at));
                statement.setString(3, actor.userId().value());
                statement.setString(4, actor.displayName());
                statement.setString(5, roles);
                statement.setString(6, actor.institutionId().value());
                statement.setString(7, view.name());
                statement.setArray(8, connection.createArrayOf("varchar", caseIds));
                statement.setString(9, stored);
                statement.setString(10, purposeText);
                statement.setBytes(11, previous);
                statement.setBytes(12, hash);
                return statement;
            });
            if (alertAssistant != null && caseIds.length == 1) {
                jdbc.update("insert into access_alert (record_id, assistant_id, case_id) values (?, ?, ?)",
                        id, alertAssistant.value(), caseIds[0]);
            }
            return id;
        });
        if (recordId == null) {
            throw new IllegalStateException("the access record was not stored");
        }
        return recordId;
    }

    /**
     * The same log, stamping its records with another clock: for a history told day by day (the demo gmina) and
     * for tests that need a read at a given hour. The chain and its lock are the same.
     */
    public AccessLog stampedBy(Clock other) {
        return new AccessLog(jdbc, client, ownTransaction.getTransactionManager(), other);
    }

    /** The openings of a case file, as it is now or as it stood at a point in its past, newest first. */
    public List<AccessRecordRow> openingsOf(CaseId caseId, int limit) {
        return client.sql("""
                        select record_id, recorded_at, actor_id, actor_name, actor_roles, institution, view_name,
                            categories, purpose
                        from access_record
                        where case_ids @> array[cast(:caseId as varchar)]
                            and view_name in ('CASE_FILE', 'CASE_FILE_AS_OF')
                        order by record_id desc limit :limit""")
                .param("caseId", caseId.value())
                .param("limit", limit)
                .query((row, n) -> row(row))
                .list();
    }

    /** The assistant's alerts not yet acknowledged, newest first. */
    public List<AccessAlertRow> openAlerts(UserId assistant) {
        return client.sql("""
                        select r.record_id, r.recorded_at, r.actor_id, r.actor_name, r.actor_roles, r.institution,
                            r.view_name, r.categories, r.purpose, a.case_id, s.family_name
                        from access_alert a
                        join access_record r on r.record_id = a.record_id
                        left join case_summary s on s.case_id = a.case_id
                        where a.assistant_id = :assistant and a.acknowledged_at is null
                        order by r.record_id desc""")
                .param("assistant", assistant.value())
                .query((row, n) -> new AccessAlertRow(row(row), new CaseId(row.getString("case_id")),
                        row.getString("family_name")))
                .list();
    }

    /** The assistant has seen the alert; it leaves their start page. */
    public void acknowledge(long recordId, UserId assistant) {
        ownTransaction.executeWithoutResult(status -> jdbc.update("""
                        update access_alert set acknowledged_at = ?
                        where record_id = ? and assistant_id = ? and acknowledged_at is null""",
                Timestamp.from(clock.instant()), recordId, assistant.value()));
    }

    /** Walks the whole chain in order and reports the first record that does not match. */
    public ChainCheck verify() {
        return new AccessRecordChain(jdbc).walk(checked -> { });
    }

    static byte[] hash(byte[] previous, long id, Instant at, String actorId, String actorName, String roles,
                       String institution, String view, String[] caseIds, String categories, String purpose) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous);
            String content = String.join("\u001f", Long.toString(id), at.toString(), actorId, actorName, roles,
                    institution, view, String.join(",", caseIds), categories, purpose);
            return digest.digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every JDK", missing);
        }
    }

    private static AccessRecordRow row(ResultSet row) throws SQLException {
        return new AccessRecordRow(row.getLong("record_id"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(), new UserId(row.getString("actor_id")),
                row.getString("actor_name"), List.of(row.getString("actor_roles").split(",")),
                new InstitutionId(row.getString("institution")), AccessView.valueOf(row.getString("view_name")),
                AccessPolicy.categories(List.of(row.getString("categories"))), row.getString("purpose"));
    }
}
