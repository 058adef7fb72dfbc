package pl.asysta.cases.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in a case's history to look at it from (ADR 0015): an event position, the end of a day in the centre's
 * zone, a moment, or now. Each is resolved to the position of the case's last event at or before it.
 *
 * <p>Each point has a short token for addresses and links: the position's number ({@code 1234}), the day
 * ({@code 2026-03-01}), or {@code now}; a moment has no token.
 */
public sealed interface HistoryPoint {

    String NOW = "now";

    /** After the event at this global index (the position a timeline entry shows), and every earlier one. */
    record Position(long position) implements HistoryPoint {

        public Position {
            if (position < 1) {
                throw new IllegalArgumentException("event positions start at 1");
            }
        }
    }

    /** At the end of the day in the centre's zone: after the last event recorded that day or before it. */
    record EndOfDay(LocalDate day) implements HistoryPoint {

        public EndOfDay {
            Objects.requireNonNull(day, "day");
        }
    }

    /** At a moment: after the last event recorded at or before it. */
    record Moment(Instant at) implements HistoryPoint {

        public Moment {
            Objects.requireNonNull(at, "moment");
        }
    }

    /** Now: after the case's newest event. */
    record Latest() implements HistoryPoint {
    }

    static HistoryPoint position(long position) {
        return new Position(position);
    }

    static HistoryPoint endOf(LocalDate day) {
        return new EndOfDay(day);
    }

    static HistoryPoint at(Instant moment) {
        return new Moment(moment);
    }

    static HistoryPoint latest() {
        return new Latest();
    }

    /** The point a token names: digits for a position, {@code yyyy-MM-dd} for a day, {@code now}; else empty. */
    static Optional<HistoryPoint> parse(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String value = token.strip().toLowerCase(Locale.ROOT);
        if (value.equals(NOW)) {
            return Optional.of(latest());
        }
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                long position = Long.parseLong(value);
                return position < 1 ? Optional.empty() : Optional.of(position(position));
            } catch (NumberFormatException tooLong) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(endOf(LocalDate.parse(value)));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /** The token of this point for an address; a moment has none and is named by the position it resolves to. */
    default Optional<String> token() {
        return switch (this) {
            case Position p -> Optional.of(Long.toString(p.position()));
            case EndOfDay d -> Optional.of(d.day().toString());
            case Latest l -> Optional.of(NOW);
            case Moment m -> Optional.empty();
        };
    }
}
