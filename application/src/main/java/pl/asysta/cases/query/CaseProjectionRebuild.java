package pl.asysta.cases.query;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the case read model from the event store: after a fix in a projection, or to prove that the read
 * model is what the history says. The processor is stopped, its tokens are reset (the reset handler clears the
 * tables) and it is started again to replay every event.
 *
 * <p>Progress compares the processor's position with the head of the store when the rebuild started, and the
 * rebuild is finished when the position reaches it. The processor's replay flag is no guide: after a reset it
 * stays on until an event beyond the reset point arrives (STACK pitfall 7). The rebuild runs on this node; in a
 * cluster the other nodes must release their claims on the processor first.
 */
@Service
public class CaseProjectionRebuild {

    /**
     * The processor of the whole case read model: the case's own projection and those of its consent ledger and
     * referrals, which write to the same timeline and are rebuilt with it.
     */
    public static final String PROCESSING_GROUP = "case-projections";

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private volatile Instant startedAt;
    private volatile long target;

    CaseProjectionRebuild(EventProcessingConfiguration processing, EventStore eventStore, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** Clears the case read model and starts replaying the whole event store into it. */
    public synchronized RebuildProgress start() {
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        target = headPosition();
        startedAt = clock.instant();
        processor.resetTokens();
        processor.start();
        return progress();
    }

    /** How far the last rebuild has come; {@link RebuildProgress#NONE} when none ran since start-up. */
    public RebuildProgress progress() {
        Instant started = startedAt;
        if (started == null) {
            return RebuildProgress.NONE;
        }
        long handled = Math.min(position(), target);
        return new RebuildProgress(started, handled, target, handled >= target);
    }

    /** The position up to which every segment of the processor has handled the store, 0 before the first event. */
    long position() {
        var status = processor().processingStatus().values();
        if (status.isEmpty()) {
            return 0;
        }
        return status.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(0))
                .min()
                .orElse(0);
    }

    /** The global index of the last event stored now, 0 for an empty store. */
    long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return 0;
        }
        OptionalLong position = head.position();
        return position.orElse(0);
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + PROCESSING_GROUP));
    }
}
