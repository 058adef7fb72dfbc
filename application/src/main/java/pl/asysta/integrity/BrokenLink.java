package pl.asysta.integrity;

/**
 * The first broken link of one chain. {@code position} is the event's global index (for the access log: the
 * record's id), {@code sequence} its place in the stream ({@code null} for the access log). {@code expected} and
 * {@code stored} say what the verifier expected there and what it found: hashes in hexadecimal, or sequence
 * numbers for a gap; {@code null} where the problem has none (a missing link).
 */
public record BrokenLink(String stream, long position, Long sequence, LinkProblem problem, String expected,
                         String stored) {
}
