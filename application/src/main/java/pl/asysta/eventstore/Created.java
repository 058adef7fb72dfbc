package pl.asysta.eventstore;

/**
 * What a command that creates something stored: the id made for it at the edge, and the command's events.
 *
 * @param <T> the kind of id
 */
public record Created<T>(T id, Recorded recorded) {
}
