package pl.asysta.accessreview;

import pl.asysta.shared.UserId;

/** A person who appears in the access log as a reader, with the name of their latest record. */
public record ReaderOption(UserId userId, String name) {
}
