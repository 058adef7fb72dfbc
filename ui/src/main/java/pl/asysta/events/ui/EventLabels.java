package pl.asysta.events.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;

import pl.asysta.events.PayloadField;
import pl.asysta.i18n.Translations;

/**
 * How the browser names what is stored in code: an event type by the timeline's name for it
 * ({@code timeline.type.*}) or its own ({@code events.type.*}), a payload field by {@code events.field.*}, and a
 * coded value (a role, a category, a kind of work ...) by the name the rest of the portal gives it. What has no
 * name yet (an event or a field added later) is shown as stored, so nothing is ever hidden.
 */
final class EventLabels {

    /** The translation prefixes a coded field's values may be found under, tried in order. */
    private static final Map<String, List<String>> CODED_FIELDS = Map.ofEntries(
            Map.entry("role", List.of("role")),
            Map.entry("kinship", List.of("kinship")),
            Map.entry("category", List.of("category")),
            Map.entry("categories", List.of("category")),
            Map.entry("kind", List.of("work.kind", "case.observation.kind", "owner.kind")),
            Map.entry("reason", List.of("closure.reason", "case.sharing.revocation")),
            Map.entry("outcome", List.of("monitoring.outcome")),
            Map.entry("ground", List.of("zazyciem.ground")),
            Map.entry("basis", List.of("case.sharing.basis")));

    private final Translations translations;

    EventLabels(Translations translations) {
        this.translations = translations;
    }

    /** The event type's name for people, e.g. "Zgoda rodziny" for {@code ConsentRecorded}. */
    String type(String eventName) {
        return first(List.of("events.type." + eventName, "timeline.type." + eventName)).orElse(eventName);
    }

    /** A payload field's name for people; list items are numbered. */
    String field(String name) {
        if (name.chars().allMatch(Character::isDigit)) {
            return name + ".";
        }
        return first(List.of("events.field." + name)).orElse(name);
    }

    /**
     * A stored value for people: a code of the domain by its name ("Pracownik socjalny (SOCIAL_WORKER)"), an
     * identifier the portal knows by the name it knows ("OPS Przykładowo (ops-przykladowo)"), anything else as
     * stored. {@code fieldName} is the field holding the value (for a list item, the list's).
     */
    String value(String fieldName, PayloadField field) {
        if (field.value() == null) {
            return translate("events.value.none");
        }
        if (field.known() != null) {
            return field.known() + " (" + field.value() + ")";
        }
        List<String> prefixes = CODED_FIELDS.get(fieldName);
        if (prefixes != null) {
            return first(prefixes.stream().map(prefix -> prefix + "." + field.value()).toList())
                    .map(label -> label + " (" + field.value() + ")")
                    .orElse(field.value());
        }
        if ("true".equals(field.value()) || "false".equals(field.value())) {
            return translate("events.value." + field.value());
        }
        return field.value();
    }

    String translate(String key, Object... arguments) {
        return translations.getTranslation(key, locale(), arguments);
    }

    private Optional<String> first(List<String> keys) {
        return keys.stream().filter(translations::hasTranslation).findFirst().map(this::translate);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Translations.POLISH : ui.getLocale();
    }
}
