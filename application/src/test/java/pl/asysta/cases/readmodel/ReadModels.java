package pl.asysta.cases.readmodel;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** For tests outside this package: wait until the case read model has caught up with the event store. */
public final class ReadModels {

    private ReadModels() {
    }

    /** Waits until the case projections (timeline, summary, grants, referrals) have handled every stored event. */
    public static void awaitCaughtUp(CaseProjectionRebuild rebuild) {
        long head = rebuild.headPosition();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                .until(() -> rebuild.position() >= head);
    }
}
