package pl.asysta.cases.support;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import pl.asysta.cases.support.domain.HelpKind;

/**
 * One month of a family's support for the assistant: the hours of help by kind, what was claimed and is still
 * waiting, and what was approved (corrections included). Figures of a category the reader may not see are
 * {@code null}: hours are SUPPORT, amounts FINANCE.
 */
public record MonthSummary(YearMonth month, Map<HelpKind, Integer> minutesByKind, Integer minutes,
                           BigDecimal waiting, BigDecimal approved) {

    public MonthSummary {
        minutesByKind = minutesByKind == null ? null : Map.copyOf(minutesByKind);
    }
}
