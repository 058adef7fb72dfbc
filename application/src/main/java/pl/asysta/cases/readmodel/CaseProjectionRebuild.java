package pl.asysta.cases.readmodel;

import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

/**
 * The live processor of the case read model, as a rebuild and the tests see it: its processing group, how far it
 * has come, and the head of the event store. A rebuild ({@code pl.asysta.rebuild.ReadModelRebuild}, ADR 0016)
 * replays the store through this processor's handlers into copies of the tables and compares them with the live
 * ones; the live tables are never cleared for it.
 *
 * <p>The processor's replay flag is no guide to how far it has come: after a token reset it stays on until an
 * event beyond the reset point arrives (docs/stack-pitfalls.md). Positions are compared instead.
 */
@Service
public class CaseProjectionRebuild {

    /**
     * The processor of the whole case read model: the case's own projection and those of its consent ledger and
     * referrals, which write to the same timeline and are rebuilt with it. Each of its projections names its
     * tables ({@link ReadModelProjection}).
     */
    public static final String PROCESSING_GROUP = "case-projections";

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    CaseProjectionRebuild(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** The position up to which every segment of the processor has handled the store, 0 before the first event. */
    public long position() {
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
    public long headPosition() {
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
