package pl.asysta.cases.query;

import java.time.Instant;

/**
 * How far a rebuild of the case read model has come: the processor's position against the head of the event
 * store when the rebuild started. Positions are global indexes, which the event store draws one by one, so they
 * count events up to the rare rolled-back append.
 */
public record RebuildProgress(Instant startedAt, long handled, long total, boolean finished) {

    public static final RebuildProgress NONE = new RebuildProgress(null, 0, 0, true);

    /** Between 0 and 1, for a progress bar. */
    public double fraction() {
        return total <= 0 ? 1.0 : Math.min(1.0, (double) handled / total);
    }
}
