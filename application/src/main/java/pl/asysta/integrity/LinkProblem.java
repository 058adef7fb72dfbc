package pl.asysta.integrity;

/** How a chain is broken at its first broken link. */
public enum LinkProblem {
    /** The event (or access record) no longer gives its stored hash: its content was changed. */
    CONTENT_CHANGED,
    /** It does not name its predecessor's hash: what came before it was changed, removed or reordered. */
    PREVIOUS_LINK_MISMATCH,
    /** Its sequence number does not follow its predecessor's: an event before it is missing. */
    SEQUENCE_GAP,
    /** The event has no link: it was stored around the event store. */
    EVENT_WITHOUT_LINK,
    /** The link's event is gone: it was deleted. */
    LINK_WITHOUT_EVENT,
    /** The link was made for another stream or sequence number than the event now says. */
    LINK_OF_ANOTHER_EVENT
}
