package pl.asysta.rebuild;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import pl.asysta.shared.Actor;
import pl.asysta.shared.DomainRuleViolation;

/**
 * The audit trail of rebuilds (V9): who started one and when, up to which event position it compared, and the
 * outcome table by table. At most one run is unfinished at a time across all nodes (a unique index); a run whose
 * node stopped sending a heartbeat for {@link #ABANDONED_AFTER} is closed as failed when the next one starts.
 */
@Repository
class RebuildRuns {

    static final String ABANDONED_AFTER = "2 minutes";

    private static final String KEY_SEPARATOR = "\n";

    private final JdbcTemplate jdbc;

    RebuildRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a run, or refuses with {@code rebuild.already-running} while another is unfinished. */
    long open(Actor actor, Instant at) {
        jdbc.update("""
                update read_model_rebuild_run set finished_at = ?, outcome = 'FAILED',
                    failure = 'abandoned: the node running it stopped'
                where finished_at is null and heartbeat_at < now() - cast(? as interval)""",
                Timestamp.from(at), ABANDONED_AFTER);
        try {
            return jdbc.queryForObject("""
                            insert into read_model_rebuild_run (started_at, heartbeat_at, actor_id, actor_name,
                                actor_roles, institution)
                            values (?, now(), ?, ?, ?, ?) returning run_id""", Long.class,
                    Timestamp.from(at), actor.userId().value(), actor.displayName(),
                    actor.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                    actor.institutionId().value());
        } catch (DuplicateKeyException running) {
            throw new DomainRuleViolation("rebuild.already-running");
        }
    }

    void heartbeat(long runId) {
        jdbc.update("update read_model_rebuild_run set heartbeat_at = now() where run_id = ?", runId);
    }

    void close(long runId, RebuildStatus status) {
        jdbc.update("""
                        update read_model_rebuild_run set finished_at = ?, outcome = ?, position = ?, events = ?,
                            events_per_second = ?, failure = ?
                        where run_id = ? and finished_at is null""",
                Timestamp.from(status.finishedAt()), status.outcome().name(), status.position(), status.handled(),
                status.eventsPerSecond(), status.failure(), runId);
        for (TableComparison table : status.tables()) {
            jdbc.update("""
                            insert into read_model_rebuild_table (run_id, table_name, live_rows, rebuilt_rows,
                                differing_rows, example_keys)
                            values (?, ?, ?, ?, ?, ?)""",
                    runId, table.table(), table.liveRows(), table.rebuiltRows(), table.differingRows(),
                    table.exampleKeys().isEmpty() ? null : String.join(KEY_SEPARATOR, table.exampleKeys()));
        }
    }

    /** The newest runs first. */
    List<RebuildStatus> latest(int limit) {
        return jdbc.query("""
                select run_id, actor_name, started_at, finished_at, outcome, position, events, events_per_second,
                    failure
                from read_model_rebuild_run order by run_id desc limit ?""", (row, n) -> run(row), limit);
    }

    Optional<RebuildStatus> last() {
        return latest(1).stream().findFirst().map(run -> withTables(run));
    }

    private RebuildStatus withTables(RebuildStatus run) {
        List<TableComparison> tables = jdbc.query("""
                        select table_name, live_rows, rebuilt_rows, differing_rows, example_keys
                        from read_model_rebuild_table where run_id = ? order by table_name""",
                (row, n) -> new TableComparison(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getString(5) == null ? List.of() : Arrays.asList(row.getString(5).split(KEY_SEPARATOR))),
                run.runId());
        return new RebuildStatus(run.runId(), run.startedBy(), run.startedAt(), run.phase(), run.handled(),
                run.total(), run.eventsPerSecond(), run.position(), run.finishedAt(), run.outcome(), tables,
                run.failure());
    }

    private static RebuildStatus run(ResultSet row) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        String outcome = row.getString("outcome");
        long events = row.getLong("events");
        return new RebuildStatus(row.getLong("run_id"), row.getString("actor_name"),
                row.getTimestamp("started_at").toInstant(),
                finished == null ? RebuildPhase.REPLAYING : RebuildPhase.FINISHED, events, events,
                row.getDouble("events_per_second"), row.getLong("position"),
                finished == null ? null : finished.toInstant(),
                outcome == null ? null : RebuildOutcome.valueOf(outcome), List.of(), row.getString("failure"));
    }
}
