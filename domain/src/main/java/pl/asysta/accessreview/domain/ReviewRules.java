package pl.asysta.accessreview.domain;

import java.util.Objects;

import pl.asysta.shared.Actor;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.Role;

/**
 * Who reviews the access log and when a reading is flagged (ADR 0017, docs/access-matrix.md).
 *
 * <p>Only an auditor (the data protection officer) reviews the log and makes subject access reports: the log
 * tells who read which family's file, which is itself personal data about the families and the staff. Auditors
 * read everything and change nothing; their own reviews are recorded like any other read.
 *
 * @param casesWithoutTaskPerDay from how many different families' files opened in one day without a task on
 *                               them a person is flagged
 * @param workingHours           when reads are not flagged as outside working hours
 */
public record ReviewRules(int casesWithoutTaskPerDay, WorkingHours workingHours) {

    /** Five families a day, 7:00 to 20:00 on working days. */
    public static final ReviewRules DEFAULT = new ReviewRules(5, WorkingHours.DEFAULT);

    public ReviewRules {
        Objects.requireNonNull(workingHours, "workingHours");
        if (casesWithoutTaskPerDay < 1) {
            throw new IllegalArgumentException("The threshold counts families, at least one: "
                    + casesWithoutTaskPerDay);
        }
    }

    /** Refuses anyone but an auditor, in the words the screens translate ({@code rule.review.auditors-only}). */
    public static void onlyAuditorsReview(Actor actor) {
        if (actor == null || !actor.hasRole(Role.AUDITOR)) {
            throw new DomainRuleViolation("review.auditors-only");
        }
    }

    /** Whether this many different families' files opened in one day without a task is worth a look. */
    public boolean tooManyWithoutTask(long distinctCasesWithoutTask) {
        return distinctCasesWithoutTask >= casesWithoutTaskPerDay;
    }
}
