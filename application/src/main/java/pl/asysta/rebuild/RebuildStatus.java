package pl.asysta.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * A rebuild as its page shows it: who started it and when, how far the replay has come (events handled of the
 * events stored when it started, and per second), and once finished, the outcome table by table, compared at
 * event position {@code position}.
 */
public record RebuildStatus(long runId, String startedBy, Instant startedAt, RebuildPhase phase, long handled,
                            long total, double eventsPerSecond, long position, Instant finishedAt,
                            RebuildOutcome outcome, List<TableComparison> tables, String failure) {

    /** No rebuild was ever run. */
    public static final RebuildStatus NONE = new RebuildStatus(0, null, null, RebuildPhase.FINISHED, 0, 0, 0, 0,
            null, null, List.of(), null);

    public RebuildStatus {
        tables = List.copyOf(tables);
    }

    public boolean running() {
        return phase != RebuildPhase.FINISHED;
    }

    /** Between 0 and 1, for a progress bar. */
    public double fraction() {
        if (!running() && outcome != RebuildOutcome.FAILED) {
            return 1.0;
        }
        return total <= 0 ? 0.0 : Math.min(1.0, (double) handled / total);
    }

    RebuildStatus with(RebuildPhase newPhase, long newHandled, long newTotal, double rate, long newPosition) {
        return new RebuildStatus(runId, startedBy, startedAt, newPhase, newHandled, newTotal, rate, newPosition,
                finishedAt, outcome, tables, failure);
    }

    RebuildStatus finished(Instant at, RebuildOutcome result, List<TableComparison> compared, String why) {
        return new RebuildStatus(runId, startedBy, startedAt, RebuildPhase.FINISHED, handled, total,
                eventsPerSecond, position, at, result, compared, why);
    }
}
