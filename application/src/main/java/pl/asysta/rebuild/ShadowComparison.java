package pl.asysta.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run's work on the copies (ADR 0016): the store is replayed into them up to the live processor's position,
 * and they are compared with the live tables at the same event position: inside one repeatable-read snapshot,
 * the live processor's token (which it commits together with its writes) is read and must equal the position
 * the replay reached, and both sides are fingerprinted. If the live processor moved on in between, the replay
 * catches up and the comparison is taken again. Where tables differ, the live processor on this node is paused,
 * the comparison is repeated, and the live rows are replaced by the rebuilt ones in one transaction, so that the
 * history wins and readers see either the old or the new rows.
 */
final class ShadowComparison {

    /** Snapshots taken while the live processor moves on, before the comparison pauses it instead. */
    private static final int SNAPSHOT_ATTEMPTS = 20;

    /** How a run ended, before it is stored and shown. */
    record Ending(RebuildOutcome outcome, List<TableComparison> tables, String failure) {
    }

    private final LiveProcessor live;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate snapshot;

    ShadowComparison(LiveProcessor live, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.live = live;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** Makes the copies, replays the store into them, compares them with the live tables and corrects these. */
    Ending rebuildAndCompare(ShadowTables shadow, ShadowReplay replay, RunProgress progress)
            throws InterruptedException {
        transactions.executeWithoutResult(status -> shadow.create());
        long target = live.position();
        progress.replaying(countEventsUpTo(target));
        replay.replayUpTo(target, () -> progress.update(replay));
        progress.phase(RebuildPhase.COMPARING, replay);
        List<TableComparison> compared = compareAtSamePosition(shadow, replay, progress);
        if (compared.stream().allMatch(TableComparison::equal)) {
            return new Ending(RebuildOutcome.EQUAL, compared, null);
        }
        progress.phase(RebuildPhase.CORRECTING, replay);
        return correct(shadow, replay, progress);
    }

    /**
     * Pauses the live processor here, compares again, and replaces the differing live rows in one transaction;
     * leaves them if another node holds the live processor (it would go on writing meanwhile).
     */
    private Ending correct(ShadowTables shadow, ShadowReplay replay, RunProgress progress)
            throws InterruptedException {
        List<TableComparison> found = live.whilePaused(() -> {
            if (live.claimedElsewhere()) {
                return null;
            }
            List<TableComparison> differences = compareAtSamePosition(shadow, replay, progress);
            transactions.executeWithoutResult(status -> differences.stream().filter(table -> !table.equal())
                    .forEach(table -> shadow.correct(table.table())));
            List<TableComparison> after = compareAtSamePosition(shadow, replay, progress);
            if (!after.stream().allMatch(TableComparison::equal)) {
                throw new IllegalStateException("the corrected live tables still differ from the rebuilt ones");
            }
            return differences;
        });
        if (found == null) {
            return new Ending(RebuildOutcome.DIFFERENT, compareAtSamePosition(shadow, replay, progress), null);
        }
        return new Ending(found.stream().allMatch(TableComparison::equal) ? RebuildOutcome.EQUAL
                : RebuildOutcome.CORRECTED, found, null);
    }

    /**
     * Compares the copies with the live tables when both stand at the same event position: the live one is read
     * in a snapshot whose own first read is the live processor's position, which the replay has reached.
     */
    private List<TableComparison> compareAtSamePosition(ShadowTables shadow, ShadowReplay replay,
                                                        RunProgress progress) throws InterruptedException {
        long behindSince = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            long position = live.position();
            if (position < replay.position()) {
                LiveProcessor.awaitCatchingUp(behindSince);
                continue;
            }
            replay.replayUpTo(position, () -> progress.update(replay));
            Optional<List<TableComparison>> compared = snapshot.execute(status -> live.position() == replay.position()
                    ? Optional.of(compareTables(shadow)) : Optional.empty());
            if (compared.isPresent()) {
                return compared.get();
            }
            if (attempt == SNAPSHOT_ATTEMPTS) {
                return live.whilePaused(() -> compareAtSamePosition(shadow, replay, progress));
            }
        }
    }

    private List<TableComparison> compareTables(ShadowTables shadow) {
        List<TableComparison> compared = new ArrayList<>();
        for (String table : shadow.tables()) {
            ShadowTables.Fingerprint served = shadow.liveFingerprint(table);
            ShadowTables.Fingerprint rebuilt = shadow.rebuiltFingerprint(table);
            if (served.equals(rebuilt)) {
                compared.add(new TableComparison(table, served.rows(), rebuilt.rows(), 0, List.of()));
            } else {
                ShadowTables.Differences differences = shadow.differences(table);
                compared.add(new TableComparison(table, served.rows(), rebuilt.rows(),
                        Math.max(1, differences.rows()), differences.exampleKeys()));
            }
        }
        return compared;
    }

    private long countEventsUpTo(long position) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where global_index <= ?", Long.class,
                position);
    }
}
