package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;

import pl.asysta.shared.DomainRuleViolation;

/**
 * The statute's rules for a family case, each a named policy of a few lines (docs/statute-rules.md). Where a rule
 * is uncertain, it is changed here and nowhere else.
 */
public final class CaseRules {

    /** uwr art. 15 ust. 4: an assistant works with at most fifteen families at a time. */
    public static final int MAX_FAMILIES_PER_ASSISTANT = 15;

    /** uwr art. 15 ust. 1 and art. 17: the family's situation is assessed at least every six months. */
    public static final int ASSESSMENT_INTERVAL_MONTHS = 6;

    /** Cases whose assessment falls due within this many days are flagged as due soon. */
    public static final int ASSESSMENT_DUE_SOON_DAYS = 30;

    /** Monitoring after closure lasts between one and twelve months, chosen at closure. */
    public static final int MIN_MONITORING_MONTHS = 1;
    public static final int MAX_MONITORING_MONTHS = 12;

    private CaseRules() {
    }

    public static void assistantTakesAtMostFifteenFamilies(int activeFamilies) {
        if (activeFamilies >= MAX_FAMILIES_PER_ASSISTANT) {
            throw new DomainRuleViolation("case.caseload-full", MAX_FAMILIES_PER_ASSISTANT);
        }
    }

    /** uwr art. 8 ust. 3, Family Code art. 109: no work without the family's consent or a court order. */
    public static void workNeedsLegalBasis(boolean consentInForce, boolean courtOrdered) {
        if (!consentInForce && !courtOrdered) {
            throw new DomainRuleViolation("case.legal-basis-missing");
        }
    }

    /** Withdrawn consent ends the assistance unless a court ordered the family to work with an assistant. */
    public static boolean consentWithdrawalEndsAssistance(boolean courtOrdered) {
        return !courtOrdered;
    }

    /** The next periodic assessment is due six months after the last one, or after the assignment. */
    public static LocalDate nextAssessmentDue(LocalDate lastAssessmentOrAssignment) {
        return lastAssessmentOrAssignment.plusMonths(ASSESSMENT_INTERVAL_MONTHS);
    }

    public static boolean assessmentOverdue(LocalDate due, LocalDate today) {
        return today.isAfter(due);
    }

    public static boolean assessmentDueSoon(LocalDate due, LocalDate today) {
        return !assessmentOverdue(due, today) && !due.isAfter(today.plusDays(ASSESSMENT_DUE_SOON_DAYS));
    }

    /** Things recorded as done happened on a day that has come: nobody documents tomorrow's visit. */
    public static void happenedNoLaterThanToday(LocalDate day, LocalDate today) {
        if (day == null) {
            throw new DomainRuleViolation("case.date-missing");
        }
        if (day.isAfter(today)) {
            throw new DomainRuleViolation("case.date-in-future", day);
        }
    }

    /** uwr art. 15 ust. 3: each plan action has a deadline, not in the past, and an expected effect. */
    public static void planActionHasDeadlineAndExpectedEffect(PlanAction action, LocalDate today) {
        if (action.description() == null || action.description().isBlank()) {
            throw new DomainRuleViolation("case.plan-action-description-missing");
        }
        if (action.owner() == null || action.owner().name() == null || action.owner().name().isBlank()) {
            throw new DomainRuleViolation("case.plan-action-owner-missing", action.description());
        }
        if (action.deadline() == null) {
            throw new DomainRuleViolation("case.plan-action-deadline-missing", action.description());
        }
        if (action.deadline().isBefore(today)) {
            throw new DomainRuleViolation("case.plan-action-deadline-past", action.description(), action.deadline());
        }
        if (action.expectedEffect() == null || action.expectedEffect().isBlank()) {
            throw new DomainRuleViolation("case.plan-action-effect-missing", action.description());
        }
    }

    public static void monitoringLastsOneToTwelveMonths(int months) {
        if (months < MIN_MONITORING_MONTHS || months > MAX_MONITORING_MONTHS) {
            throw new DomainRuleViolation("case.monitoring-length", MIN_MONITORING_MONTHS, MAX_MONITORING_MONTHS);
        }
    }

    public static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("case.field-required", field);
        }
    }
}
