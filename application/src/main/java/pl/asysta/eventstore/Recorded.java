package pl.asysta.eventstore;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * What one command stored: the global position of the newest event it appended (0 when it appended none) and
 * the types of its events in the order they were appended. A screen that sent the command waits until the read
 * model has reached the position before it shows the outcome, and refreshes only what those events touch.
 */
public record Recorded(long position, List<Class<?>> events) {

    /** A command that stored nothing. */
    public static final Recorded NOTHING = new Recorded(0, List.of());

    public Recorded {
        events = List.copyOf(events);
    }

    /**
     * What a command stored, from the result {@code sendAndWait} returned for it: read once the command has
     * returned, when its unit of work has committed.
     */
    public static Recorded of(Object commandResult) {
        return commandResult instanceof Collector collector ? collector.recorded() : NOTHING;
    }

    /** Whether the command stored an event of one of the given types (or of their subtypes). */
    public boolean stored(Class<?>... types) {
        for (Class<?> event : events) {
            for (Class<?> type : types) {
                if (type.isAssignableFrom(event)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The later of two outcomes, with the events of both: for one step of a person made of two commands. */
    public Recorded and(Recorded other) {
        List<Class<?>> both = new ArrayList<>(events);
        both.addAll(other.events);
        return new Recorded(Math.max(position, other.position), both);
    }

    /**
     * Gathers what the command being handled appends. {@link RecordingCommands} puts one into the command's unit
     * of work and hands it back as the command's result (a sender reads it through {@link #of}); the storage
     * engine notes each event as it draws the event's global position, in the same transaction.
     */
    static final class Collector {

        private static final String RESOURCE = Collector.class.getName();

        private long position;
        private final List<Class<?>> events = new ArrayList<>();

        /** Installs a collector into the current unit of work. */
        static Collector install() {
            Collector collector = new Collector();
            CurrentUnitOfWork.get().root().resources().put(RESOURCE, collector);
            return collector;
        }

        /** Notes an appended event in the collector of the current unit of work, if it has one. */
        static void appended(long globalIndex, Class<?> type) {
            if (CurrentUnitOfWork.isStarted()) {
                Collector collector = CurrentUnitOfWork.get().root().getResource(RESOURCE);
                if (collector != null) {
                    collector.position = Math.max(collector.position, globalIndex);
                    collector.events.add(type);
                }
            }
        }

        Recorded recorded() {
            return new Recorded(position, events);
        }
    }
}
