package pl.asysta.integrity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of one verification: what was checked, how long it took, and the first broken link of every
 * broken chain (event streams by position, then the access log), none when the history is intact.
 */
public record IntegrityReport(Instant startedAt, Duration took, long eventsChecked, long streamsChecked,
                              long accessRecordsChecked, List<BrokenLink> brokenLinks) {

    public IntegrityReport {
        brokenLinks = List.copyOf(brokenLinks);
    }

    public boolean intact() {
        return brokenLinks.isEmpty();
    }

    /** Events checked per second, for the log and the bench. */
    public double eventsPerSecond() {
        double seconds = took.toNanos() / 1e9;
        return seconds <= 0 ? eventsChecked : eventsChecked / seconds;
    }
}
