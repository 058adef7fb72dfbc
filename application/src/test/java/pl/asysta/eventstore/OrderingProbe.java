package pl.asysta.eventstore;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

/** What one streaming processor saw: each probe event with the global index it was delivered at, in order. */
abstract class OrderingProbe {

    record Seen(String writeId, long globalIndex) {
    }

    /** The payload the concurrent writers append; {@code writeId} is unique per event. */
    record ProbeWritten(String writeId) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(ProbeWritten event, TrackingToken token) {
        seen.add(new Seen(event.writeId(), ((GapAwareTrackingToken) token).getIndex()));
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    void forget() {
        seen.clear();
    }

    @ProcessingGroup("ordering-probe-tracking")
    static class Tracking extends OrderingProbe {
    }

    @ProcessingGroup("ordering-probe-pooled")
    static class Pooled extends OrderingProbe {
    }
}
