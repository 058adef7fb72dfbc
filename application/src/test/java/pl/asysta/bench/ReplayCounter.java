package pl.asysta.bench;

import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

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

    void reset() {
        handled.set(0);
    }
}
