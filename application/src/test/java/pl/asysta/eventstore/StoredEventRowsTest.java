package pl.asysta.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

/**
 * A replayed event's time of recording is the one Axon would read: the position of each event on the timeline and
 * what a point in time selects by day depend on it.
 */
class StoredEventRowsTest {

    @Test
    void every_time_axon_writes_reads_back_as_axon_reads_it() {
        SplittableRandom random = new SplittableRandom(20261123);
        long from = Instant.parse("1990-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2100-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 100_000; i++) {
            Instant moment = Instant.ofEpochMilli(random.nextLong(from, to));
            String stored = DateTimeUtils.formatInstant(moment);
            assertThat(StoredEventRows.instant(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void the_edges_of_days_months_and_leap_years_read_as_axon_reads_them() {
        for (String stored : new String[] {"2024-02-29T23:59:59.999Z", "2025-12-31T23:59:59.999Z",
                "2026-01-01T00:00:00.000Z", "2026-03-29T01:00:00.000Z", "1970-01-01T00:00:00.000Z"}) {
            assertThat(StoredEventRows.instant(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void other_iso_shapes_are_left_to_axon_and_read_the_same() {
        for (String stored : new String[] {"2026-11-23T08:15:30Z", "2026-11-23T08:15:30.123456Z",
                "2026-11-23T09:15:30.123+01:00"}) {
            assertThat(StoredEventRows.instant(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void an_impossible_date_is_refused_as_axon_refuses_it() {
        for (String stored : new String[] {"2025-02-29T10:00:00.000Z", "2026-13-01T10:00:00.000Z",
                "2026-11-23T24:00:00.000Z", "2026-11-2xT10:00:00.000Z"}) {
            assertThatThrownBy(() -> StoredEventRows.instant(stored)).as(stored)
                    .isInstanceOf(DateTimeParseException.class);
        }
    }
}
