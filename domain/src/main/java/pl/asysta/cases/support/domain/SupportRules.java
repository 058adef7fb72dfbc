package pl.asysta.cases.support.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import pl.asysta.shared.DomainRuleViolation;

/**
 * The rules of a supporting-family arrangement, each a named policy of a few lines (uwr art. 29-31 and the
 * centre's practice). Where a rule is uncertain it is changed here and nowhere else.
 */
public final class SupportRules {

    /** Nobody helps more than a whole day in a day: all entries of one day together. */
    public static final int MAX_MINUTES_PER_DAY = 24 * 60;

    /** A monthly limit above this is a typing error, not an agreement. */
    public static final BigDecimal MAX_MONTHLY_LIMIT = new BigDecimal("100000.00");

    /** How many receipt scans one claim may carry. */
    public static final int MAX_RECEIPTS_PER_CLAIM = 10;

    private SupportRules() {
    }

    /** An agreement names the costs it reimburses and a positive monthly limit in whole grosze. */
    public static ReimbursementTerms termsAreComplete(ReimbursementTerms terms) {
        if (terms == null || terms.costKinds().isEmpty()) {
            throw new DomainRuleViolation("supporting.cost-kinds-missing");
        }
        BigDecimal limit = amountInZloty(terms.monthlyLimit());
        if (limit.signum() <= 0 || limit.compareTo(MAX_MONTHLY_LIMIT) > 0) {
            throw new DomainRuleViolation("supporting.limit-invalid", MAX_MONTHLY_LIMIT);
        }
        return new ReimbursementTerms(terms.costKinds(), limit);
    }

    /** An agreement runs from its first to its last day. */
    public static void periodRunsForward(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null || endsOn == null) {
            throw new DomainRuleViolation("case.date-missing");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new DomainRuleViolation("supporting.period-backwards");
        }
    }

    /** Help is logged only for a day of the arrangement. */
    public static void helpWithinArrangement(LocalDate day, LocalDate startsOn, LocalDate lastDay) {
        if (day.isBefore(startsOn) || day.isAfter(lastDay)) {
            throw new DomainRuleViolation("supporting.outside-arrangement", startsOn, lastDay);
        }
    }

    /** Some time, and no more than a day's worth together with what is logged for that day already. */
    public static void helpTakesSensibleTime(int minutes, int alreadyThatDay) {
        if (minutes <= 0) {
            throw new DomainRuleViolation("supporting.hours-invalid");
        }
        if (alreadyThatDay + minutes > MAX_MINUTES_PER_DAY) {
            throw new DomainRuleViolation("supporting.day-over-24-hours");
        }
    }

    /** A claimed month has begun and overlaps the arrangement. */
    public static void monthClaimable(YearMonth month, LocalDate startsOn, LocalDate lastDay, LocalDate today) {
        if (month == null) {
            throw new DomainRuleViolation("supporting.month-missing");
        }
        if (month.isAfter(YearMonth.from(today))) {
            throw new DomainRuleViolation("supporting.month-in-future");
        }
        if (month.atEndOfMonth().isBefore(startsOn) || month.atDay(1).isAfter(lastDay)) {
            throw new DomainRuleViolation("supporting.month-outside-arrangement");
        }
    }

    /**
     * The lines of a claim: at least one, each cost kind once and covered by the agreement, each amount in whole
     * grosze, positive in a claim and non-zero in a correction. Returns the lines with amounts to two decimals.
     */
    public static List<ClaimLine> linesCoveredByTheAgreement(List<ClaimLine> lines, ReimbursementTerms terms,
                                                             boolean correction) {
        if (lines == null || lines.isEmpty()) {
            throw new DomainRuleViolation("supporting.claim-empty");
        }
        Set<CostKind> seen = EnumSet.noneOf(CostKind.class);
        for (ClaimLine line : lines) {
            if (line.kind() == null) {
                throw new DomainRuleViolation("supporting.cost-kind-missing");
            }
            if (!seen.add(line.kind())) {
                throw new DomainRuleViolation("supporting.cost-kind-twice");
            }
            if (!terms.covers(line.kind())) {
                throw new DomainRuleViolation("supporting.cost-kind-not-covered", line.kind());
            }
            BigDecimal amount = amountInZloty(line.amount());
            if (correction ? amount.signum() == 0 : amount.signum() <= 0) {
                throw new DomainRuleViolation(correction ? "supporting.correction-amount-zero"
                        : "supporting.amount-not-positive");
            }
        }
        return lines.stream().map(line -> new ClaimLine(line.kind(), amountInZloty(line.amount()))).toList();
    }

    /** What a month costs the centre stays within the agreement's limit (corrections counted). */
    public static void monthWithinLimit(BigDecimal monthTotal, BigDecimal monthlyLimit) {
        if (monthTotal.compareTo(monthlyLimit) > 0) {
            throw new DomainRuleViolation("supporting.claim-over-limit", monthlyLimit);
        }
    }

    /** A correction may take back what was approved, not more. */
    public static void monthNotBelowZero(BigDecimal monthTotal) {
        if (monthTotal.signum() < 0) {
            throw new DomainRuleViolation("supporting.correction-below-zero");
        }
    }

    public static void receiptsWithinCount(List<Receipt> receipts) {
        if (receipts.size() > MAX_RECEIPTS_PER_CLAIM) {
            throw new DomainRuleViolation("supporting.receipts-too-many", MAX_RECEIPTS_PER_CLAIM);
        }
    }

    /** An amount in złoty with at most two decimal places (grosze), given to two places. */
    public static BigDecimal amountInZloty(BigDecimal amount) {
        if (amount == null) {
            throw new DomainRuleViolation("supporting.amount-missing");
        }
        BigDecimal normalised = amount.stripTrailingZeros();
        if (normalised.scale() > 2) {
            throw new DomainRuleViolation("supporting.amount-grosze");
        }
        return amount.setScale(2);
    }

    public static BigDecimal sum(List<ClaimLine> lines) {
        return lines.stream().map(ClaimLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
