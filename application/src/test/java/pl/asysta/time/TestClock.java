package pl.asysta.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock, moved by a whole number of days when a test needs "today" to be another day: a grant's
 * last day passing, a grant made ten days ago. Every copy made by {@link #withZone} moves with it, as the
 * facades keep such copies. Tests that move it put it back with {@link #backToToday()} in a {@code finally}.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public TestClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private TestClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /**
     * From now on "today" is {@code days} later (earlier when negative) than the real today in the centre's zone,
     * at the same time of day there: a move by days of 24 hours would, across a change between summer and winter
     * time, land an hour off, and on another day during the last hour before midnight.
     */
    public void moveDays(long days) {
        Instant now = Instant.now();
        offset.set(Duration.between(now, now.atZone(ClockConfiguration.CENTRE_ZONE).plusDays(days).toInstant()));
    }

    public void backToToday() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(offset, zone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    /** Makes the application's clock a {@link TestClock}; tests importing this share one Spring context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
