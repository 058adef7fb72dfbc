package pl.asysta.cases.court.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.asysta.shared.DomainRuleViolation;

/**
 * A court file reference (sygnatura akt) as Polish courts write it: the department in Roman numerals, the
 * repertory's symbol, the number of the case and the last two digits of the year, e.g. {@code III RC 123/26} or
 * {@code III Nsm 45/25}. The shape is checked loosely (any Roman department, any symbol of letters), so that a
 * repertory the portal does not know is still accepted; spacing is normalised.
 */
public record CourtReference(String value) {

    private static final Pattern SHAPE = Pattern.compile(
            "([IVXLC]+)\\s+(\\p{L}{1,6})\\s+(\\d{1,6})\\s*/\\s*(\\d{2})");
    private static final Pattern ROMAN = Pattern.compile("C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    public CourtReference {
        Objects.requireNonNull(value, "court reference");
        if (!value.equals(normalised(value))) {
            throw new DomainRuleViolation("court.reference-invalid", value);
        }
    }

    /** The reference as typed, tidied; refused with {@code court.reference-invalid} when it has another shape. */
    public static CourtReference parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainRuleViolation("court.reference-missing");
        }
        String tidy = normalised(typed.strip().replaceAll("\\s+", " "));
        if (tidy == null) {
            throw new DomainRuleViolation("court.reference-invalid", typed.strip());
        }
        return new CourtReference(tidy);
    }

    /** The department's numeral as written, e.g. {@code III}. */
    public String department() {
        return part(1);
    }

    /** The repertory's symbol, e.g. {@code RC} (family matters) or {@code Nsm} (guardianship). */
    public String repertory() {
        return part(2);
    }

    @Override
    public String toString() {
        return value;
    }

    private String part(int group) {
        Matcher matcher = SHAPE.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalStateException("checked at construction");
        }
        return matcher.group(group);
    }

    /** {@code III RC 123/26} for a reference of the right shape, {@code null} for any other. */
    private static String normalised(String text) {
        Matcher matcher = SHAPE.matcher(upperDepartment(text));
        if (!matcher.matches() || !ROMAN.matcher(matcher.group(1)).matches()) {
            return null;
        }
        return matcher.group(1) + " " + matcher.group(2) + " " + Integer.parseInt(matcher.group(3)) + "/"
                + matcher.group(4);
    }

    /** The department may be typed in lower case ({@code iii Nsm 4/25}); the symbol keeps its own case. */
    private static String upperDepartment(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space).toUpperCase(Locale.ROOT) + text.substring(space);
    }
}
