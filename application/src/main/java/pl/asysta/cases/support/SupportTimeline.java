package pl.asysta.cases.support;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import pl.asysta.cases.support.domain.HelpKind;

/**
 * How the arrangement's entries are written on the case timeline. The timeline is read in Polish and in English,
 * so a subject holds codes and plain numbers, never a sentence: the help's kind and its minutes, or the claimed
 * month and its amount; the screens say them in the reader's language.
 */
public final class SupportTimeline {

    private static final String SEPARATOR = "|";

    private SupportTimeline() {
    }

    /** A help entry's subject, e.g. {@code CHILDCARE|150}. */
    public static String help(HelpKind kind, int minutes) {
        return kind.name() + SEPARATOR + minutes;
    }

    /** A claim's or decision's subject, e.g. {@code 2026-03|184.60}. */
    public static String claim(YearMonth month, BigDecimal total) {
        return month + SEPARATOR + total.toPlainString();
    }

    public record Help(HelpKind kind, int minutes) {
    }

    public record Claim(YearMonth month, BigDecimal total) {
    }

    public static Optional<Help> parseHelp(String subject) {
        String[] parts = parts(subject);
        try {
            return Optional.of(new Help(HelpKind.valueOf(parts[0]), Integer.parseInt(parts[1])));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public static Optional<Claim> parseClaim(String subject) {
        String[] parts = parts(subject);
        try {
            return Optional.of(new Claim(YearMonth.parse(parts[0]), new BigDecimal(parts[1])));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String[] parts(String subject) {
        return subject == null ? new String[0] : subject.split("\\" + SEPARATOR, 2);
    }
}
