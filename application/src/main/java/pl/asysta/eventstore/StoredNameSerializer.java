package pl.asysta.eventstore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer with stored names decoupled from Java's class names: a class the features name
 * ({@link StoredTypes}) is written under its stored name and read back from it, so moving or renaming a class
 * leaves every stored event and snapshot readable, their hashes intact and the event browser's list of types as
 * it was. Any other class (Axon's tokens, a test's events) is written under its class name, as Axon does.
 */
final class StoredNameSerializer extends JacksonSerializer {

    private final Map<Class<?>, String> storedNames = new HashMap<>();
    private final Map<String, String> classNames = new HashMap<>();

    StoredNameSerializer(Builder builder, List<StoredTypes> features) {
        super(builder);
        for (StoredTypes feature : features) {
            feature.names().forEach((type, name) -> {
                if (storedNames.put(type, name) != null) {
                    throw new IllegalStateException(type + " has two stored names");
                }
                if (classNames.put(name, type.getName()) != null) {
                    throw new IllegalStateException("two classes are stored as " + name);
                }
            });
        }
    }

    @Override
    public SerializedType typeForClass(Class type) {
        String stored = type == null ? null : storedNames.get(type);
        return stored == null ? super.typeForClass(type)
                : new SimpleSerializedType(stored, getRevisionResolver().revisionOf(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return classNames.getOrDefault(serializedType.getName(), super.resolveClassName(serializedType));
    }

    /** The stored name of every class the features name, for the test that keeps them unchanged. */
    Map<Class<?>, String> storedNames() {
        return Map.copyOf(storedNames);
    }
}
