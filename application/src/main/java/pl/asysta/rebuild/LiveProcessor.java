package pl.asysta.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModelProjection;

/**
 * The processor that keeps the live case read model up to date, as a rebuild needs it (ADR 0016): its handlers to
 * replay through, the event position it has committed together with its writes, whether another node holds it,
 * and a way to make it stand still on this node while the live tables are compared or corrected.
 */
final class LiveProcessor {

    private static final long PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(2);
    private static final String TOKENS = """
            select token, token_type, owner from token_entry where processor_name = ?""";

    /** Work done while the live processor stands still. */
    interface Paused<T> {
        T run() throws InterruptedException;
    }

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    /** Whether the run (on the rebuild's worker thread) has paused the live processor. */
    private boolean paused;

    LiveProcessor(EventProcessingConfiguration processing, JdbcTemplate jdbc, Serializer serializer) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The live processor's position as committed with its writes; 0 before it handled anything. */
    long position() {
        List<Long> positions = jdbc.query(TOKENS, (row, n) -> {
            byte[] token = row.getBytes(1);
            if (token == null) {
                return 0L;
            }
            TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class,
                    new SimpleSerializedType(row.getString(2), null)));
            return tracking.position().orElse(0);
        }, CaseProjectionRebuild.PROCESSING_GROUP);
        if (positions.size() > 1) {
            throw new IllegalStateException("the case read model is processed in " + positions.size()
                    + " segments; a rebuild compares a processor of one segment");
        }
        return positions.isEmpty() ? 0 : positions.getFirst();
    }

    boolean claimedElsewhere() {
        return !jdbc.queryForList(TOKENS, CaseProjectionRebuild.PROCESSING_GROUP).stream()
                .allMatch(token -> token.get("owner") == null);
    }

    /**
     * The live processor is behind the replay (it tails the store while the replay read ahead): wait for it,
     * unless it has not reached the replay's position for two minutes since {@code behindSince}.
     */
    static void awaitCatchingUp(long behindSince) throws InterruptedException {
        if (System.nanoTime() - behindSince > PATIENCE_NANOS) {
            throw new IllegalStateException("the live processor does not reach the position of the replay");
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    /** Runs the work while the live processor on this node stands still (it finishes its batch first). */
    <T> T whilePaused(Paused<T> work) throws InterruptedException {
        if (paused) {
            return work.run();
        }
        StreamingEventProcessor live = streamingProcessor();
        live.shutDown();
        paused = true;
        try {
            return work.run();
        } finally {
            paused = false;
            live.start();
        }
    }

    /**
     * The live processor's handlers, in its order, failing loudly: an event a projection cannot handle stops the
     * rebuild and is named, where live processing would log it and go on.
     */
    EventHandlerInvoker handlers() {
        if (!(streamingProcessor() instanceof AbstractEventProcessor live)) {
            throw new IllegalStateException("the case read model's processor exposes no handlers");
        }
        List<EventMessageHandler> handlers = new ArrayList<>();
        collect(live.eventHandlerInvoker(), handlers);
        for (EventMessageHandler handler : handlers) {
            if (!ReadModelProjection.class.isAssignableFrom(handler.getTargetType())) {
                throw new IllegalStateException(handler.getTargetType().getName()
                        + " handles events of the case read model but names no tables (ReadModelProjection)");
            }
        }
        return SimpleEventHandlerInvoker.builder()
                .eventHandlers(handlers)
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build();
    }

    private static void collect(EventHandlerInvoker invoker, List<EventMessageHandler> handlers) {
        switch (invoker) {
            case MultiEventHandlerInvoker multi -> multi.delegates().forEach(each -> collect(each, handlers));
            case SimpleEventHandlerInvoker simple -> handlers.addAll(simple.eventHandlers());
            default -> throw new IllegalStateException("cannot replay through " + invoker.getClass().getName());
        }
    }

    private StreamingEventProcessor streamingProcessor() {
        return processing.eventProcessor(CaseProjectionRebuild.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + CaseProjectionRebuild.PROCESSING_GROUP));
    }
}
