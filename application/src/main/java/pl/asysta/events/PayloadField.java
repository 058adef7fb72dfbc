package pl.asysta.events;

import java.util.List;

/**
 * One field of an event's payload as people read it: its name, and either its value or its own fields (an
 * address, a list of family members; list items are named 1, 2, ...). An identifier wrapped in a one-field
 * object is shown as its value. {@code known} is what the portal calls the value where it knows it: the name of
 * an institution or a person; {@code null} otherwise.
 */
public record PayloadField(String name, String value, String known, List<PayloadField> fields) {

    public PayloadField {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public boolean hasFields() {
        return !fields.isEmpty();
    }
}
