package pl.asysta.events;

/** One value a filter of the browser offers: the stored value and what people call it. */
public record Choice(String value, String label) {
}
