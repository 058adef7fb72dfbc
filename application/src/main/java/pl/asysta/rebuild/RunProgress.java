package pl.asysta.rebuild;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the rebuild page shows while a run goes on: its phase, the events replayed of those stored and the
 * replay's rate. Heartbeats in the audit trail keep the run from looking abandoned to the other nodes.
 */
final class RunProgress {

    private static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final AtomicReference<RebuildStatus> current;
    private final RebuildRuns runs;
    private long lastHeartbeat = System.nanoTime();
    private long replayStartedAt;
    private double rate;
    private RebuildPhase phase = RebuildPhase.PREPARING;
    private long total;

    RunProgress(AtomicReference<RebuildStatus> current, RebuildRuns runs) {
        this.current = current;
        this.runs = runs;
    }

    void replaying(long eventsStored) {
        phase = RebuildPhase.REPLAYING;
        total = eventsStored;
        replayStartedAt = System.nanoTime();
    }

    /** After each transaction of the replay; the rate is that of the replay from the first event on. */
    void update(ShadowReplay replay) {
        long now = System.nanoTime();
        if (phase == RebuildPhase.REPLAYING && now > replayStartedAt) {
            rate = replay.events() / ((now - replayStartedAt) / 1e9);
        }
        total = Math.max(total, replay.events());
        current.updateAndGet(status -> status.with(phase, replay.events(), total, rate, replay.position()));
        if (now - lastHeartbeat > HEARTBEAT_NANOS) {
            lastHeartbeat = now;
            runs.heartbeat(current.get().runId());
        }
    }

    void phase(RebuildPhase next, ShadowReplay replay) {
        update(replay);
        phase = next;
        update(replay);
    }
}
