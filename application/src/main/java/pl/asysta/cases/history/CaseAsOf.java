package pl.asysta.cases.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.PlanVersionDetails;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.cases.sharing.ConsentRow;
import pl.asysta.cases.sharing.GrantRow;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.shared.CaseId;

/**
 * A case as it stood at a point in its history, in the rows the case page shows, rebuilt from the case's events up
 * to that point ({@link PointInTime}). Parts the reader may not read are empty or {@code null}, as on the case page.
 *
 * @param point      the point asked for
 * @param position   the global index of the case's last event at the point
 * @param recordedAt when that event was recorded
 * @param day        the day the case is shown as of: ages, the state of grants and consents and overdue flags are
 *                   reckoned on it (the chosen day, or the day of the point's moment or event)
 * @param timeline   every entry up to the point the reader may read, newest first
 */
public record CaseAsOf(CaseId caseId,
                       HistoryPoint point,
                       long position,
                       Instant recordedAt,
                       LocalDate day,
                       CaseDetails details,
                       List<PlanVersionDetails> plan,
                       List<TimelineRow> timeline,
                       List<ConsentRow> consents,
                       List<GrantRow> grants,
                       List<ReferralRow> referrals) {

    public CaseAsOf {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(details, "details");
        plan = List.copyOf(plan);
        timeline = List.copyOf(timeline);
        consents = List.copyOf(consents);
        grants = List.copyOf(grants);
        referrals = List.copyOf(referrals);
    }

    /** The version of the work plan in force at the point, if any was adopted by then. */
    public java.util.Optional<PlanVersionDetails> currentPlan() {
        return plan.stream().findFirst();
    }
}
