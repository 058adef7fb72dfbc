package pl.asysta.eventstore;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names under which some of a feature's classes are stored in the event store: its events (the payload type
 * of every event row, hashed into the event's chain link) and its aggregates (the payload type of their
 * snapshots). A stored name is a contract with every row ever written: it never changes, whatever the class is
 * called or wherever it lives now. Each feature declares its names as a bean; {@link StoredNameSerializer}
 * writes and reads by them.
 */
public final class StoredTypes {

    private final Map<Class<?>, String> names;

    private StoredTypes(Map<Class<?>, String> names) {
        this.names = Map.copyOf(names);
    }

    /**
     * Every event of a sealed event interface, stored as {@code storedAs$SimpleName}: the form Java gives a
     * record nested in the interface, as the interface was named when its first event was stored.
     */
    public static StoredTypes events(Class<?> sealedEvents, String storedAs) {
        if (!sealedEvents.isSealed()) {
            throw new IllegalArgumentException(sealedEvents + " does not list its events");
        }
        Map<Class<?>, String> names = new LinkedHashMap<>();
        Arrays.stream(sealedEvents.getPermittedSubclasses())
                .forEach(event -> names.put(event, storedAs + "$" + event.getSimpleName()));
        return new StoredTypes(names);
    }

    /** One class stored under one name. */
    public static StoredTypes type(Class<?> type, String storedAs) {
        return new StoredTypes(Map.of(type, storedAs));
    }

    /** These names and those of {@code more}. */
    public StoredTypes and(StoredTypes more) {
        Map<Class<?>, String> both = new LinkedHashMap<>(names);
        more.names.forEach((type, name) -> {
            if (both.put(type, name) != null) {
                throw new IllegalArgumentException(type + " is named twice");
            }
        });
        return new StoredTypes(both);
    }

    /** The classes and their stored names. */
    public Map<Class<?>, String> names() {
        return names;
    }
}
