package pl.asysta.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import pl.asysta.time.ClockConfiguration;

/**
 * The day the demo script is acting on. The seeder walks through the past year and tells the commands that
 * "today" is the day each step happened, so plans adopted last spring carry last spring's date and deadlines,
 * exactly as if the staff had entered them then. Used by the seeder's own thread only.
 */
final class MovableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    MovableClock(Instant start) {
        this(new AtomicReference<>(start), ClockConfiguration.CENTRE_ZONE);
    }

    private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Midday of {@code day} in the centre's zone. */
    void moveTo(LocalDate day) {
        now.set(day.atTime(12, 0).atZone(ClockConfiguration.CENTRE_ZONE).toInstant());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
