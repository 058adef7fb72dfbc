package pl.asysta.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** A projection that only counts, to measure what the event store and processor deliver per second. */
@ProcessingGroup(ReplayCounter.GROUP)
class ReplayCounter {

    static final String GROUP = "bench-replay";

    private final AtomicLong handled = new AtomicLong();

    @EventHandler
    void on(EventMessage<?> event) {
        handled.incrementAndGet();
    }

    long handled() {
        return handled.get();
    }

    /**
     * Replays the whole store through this counter's processor, from the first event, and returns the events
     * per second delivered until {@code stored} events were handled.
     */
    double replayAll(EventProcessingConfiguration processing, long stored) {
        StreamingEventProcessor processor = processing.eventProcessor(GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        handled.set(0);
        long start = System.nanoTime();
        processor.start();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(20)).until(() -> handled() >= stored);
        return stored / ((System.nanoTime() - start) / 1e9);
    }
}
