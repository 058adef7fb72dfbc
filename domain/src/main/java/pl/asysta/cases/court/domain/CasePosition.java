package pl.asysta.cases.court.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Where in the event history a case stood when an opinion was written against it: the global position of the
 * newest event of the case file then, and when that event was recorded. Replaying the case's events up to the
 * position gives the file as the drafter saw it.
 */
public record CasePosition(long position, Instant asOf) {

    public CasePosition {
        Objects.requireNonNull(asOf, "as of");
        if (position <= 0) {
            throw new IllegalArgumentException("a case file holds at least one event");
        }
    }
}
