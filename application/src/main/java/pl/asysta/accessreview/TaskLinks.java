package pl.asysta.accessreview;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import pl.asysta.accessreview.domain.PolishPublicHolidays;
import pl.asysta.accessreview.domain.ReviewRules;
import pl.asysta.accessreview.domain.WorkingHours;

/**
 * The SQL faces of the review's rules (ADR 0017), kept in one place so the search's flags and the list of unusual
 * patterns say the same.
 *
 * <p><b>A task on a case</b> is any link the read model knows between the reader (or the reader's institution)
 * and the family's case, whenever it was made: they are or were its assistant, they are its social worker, they
 * coordinate a child's foster care, they wrote an entry on its timeline, their institution was sent a referral
 * on it, holds or held a grant on it, or owns an action of its work plan, or they are a head of its centre while
 * it waits for an assistant. Anyone else who opens the file has no task on it (an auditor never has one).
 */
final class TaskLinks {

    /**
     * True for an opening {@code o(actor_id, institution, actor_roles, case_id)} of a case the reader has no task
     * on.
     */
    static final String NO_TASK = """
            not exists (select 1 from case_summary s where s.case_id = o.case_id
                    and (s.social_worker_id = o.actor_id or s.assistant_id = o.actor_id
                         or (s.centre = o.institution and o.actor_roles like '%CENTRE_HEAD%' and s.status = 'INTAKE'
                             and (s.assistant_requested or s.court_ordered))))
            and not exists (select 1 from case_caseload c where c.assistant_id = o.actor_id and c.case_id = o.case_id)
            and not exists (select 1 from case_foster_placement p
                    where p.case_id = o.case_id and p.coordinator_id = o.actor_id)
            and not exists (select 1 from case_timeline t where t.author_id = o.actor_id and t.case_id = o.case_id)
            and not exists (select 1 from referral f where f.case_id = o.case_id and f.institution_id = o.institution)
            and not exists (select 1 from access_grant g where g.case_id = o.case_id and g.institution_id = o.institution)
            and not exists (select 1 from case_plan_action a where a.case_id = o.case_id and a.owner_kind = 'INSTITUTION'
                    and a.owner_reference = o.institution)""";

    /**
     * True for a record {@code r} stamped outside working hours; parameters from {@link #workingHours}. The same
     * rule as {@link WorkingHours#outside}: before the start, from the end on, at weekends, on public holidays.
     */
    static final String OUTSIDE_WORKING_HOURS = """
            (cast(r.recorded_at at time zone :zone as time) < cast(:workStart as time)
             or cast(r.recorded_at at time zone :zone as time) >= cast(:workEnd as time)
             or (:weekendsOff and extract(isodow from r.recorded_at at time zone :zone) >= 6)
             or cast(r.recorded_at at time zone :zone as date) = any(cast(:holidays as date[])))""";

    private TaskLinks() {
    }

    /** The parameters of {@link #OUTSIDE_WORKING_HOURS} for reads between the two days (both included). */
    static Map<String, Object> workingHours(ReviewRules rules, String zone, LocalDate from, LocalDate to) {
        WorkingHours hours = rules.workingHours();
        String holidays = !hours.holidaysOff() ? "{}" : PolishPublicHolidays.between(from, to).stream()
                .map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
        return Map.of("zone", zone, "workStart", hours.start(), "workEnd", hours.end(),
                "weekendsOff", hours.weekendsOff(), "holidays", holidays);
    }
}
