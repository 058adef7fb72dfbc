package pl.asysta.cases.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import pl.asysta.cases.CaseId;
import pl.asysta.shared.Actor;
import pl.asysta.shared.InstitutionId;

/**
 * What the screens ask about family cases. Every answer is limited to what the signed-in actor may see under
 * the default access policy of DESIGN section 3; a case they may not see is answered
 * exactly like a case that does not exist.
 */
@Service
public class CaseQueries {

    /** The families the actor may see, by family name: the assistant's own, the centre's for the head ... */
    public List<CaseSummary> casesFor(Actor actor) {
        return List.of();
    }

    /** Cases in intake that wait for an assistant: requested by the social worker or ordered by a court. */
    public List<AssignmentRequestRow> awaitingAssignment(Actor actor) {
        return List.of();
    }

    public Optional<CaseDetails> details(CaseId caseId, Actor actor) {
        return Optional.empty();
    }

    /** A page of the case's chronology, newest first; {@code offset} and {@code limit} count entries. */
    public List<TimelineRow> timeline(CaseId caseId, TimelineFilter filter, int offset, int limit, Actor actor) {
        return List.of();
    }

    /** How many entries {@link #timeline} holds for this filter, for lazy loading. */
    public int timelineCount(CaseId caseId, TimelineFilter filter, Actor actor) {
        return 0;
    }

    /** The institutions whose staff recorded entries on the case, to offer as a timeline filter. */
    public List<InstitutionId> timelineInstitutions(CaseId caseId, Actor actor) {
        return List.of();
    }

    /** Every version of the work plan, newest first; earlier versions stay as they were adopted. */
    public List<PlanVersionDetails> workPlan(CaseId caseId, Actor actor) {
        return List.of();
    }

    /**
     * Open actions of the current plans of active cases with a deadline before {@code to}; those before
     * {@code from} (usually today) are overdue and come first.
     */
    public List<DueActionRow> actionsDueFor(LocalDate from, LocalDate to, Actor actor) {
        return List.of();
    }

    /** Active cases whose periodic assessment is overdue on {@code today} or due within 30 days, overdue first. */
    public List<AssessmentDueRow> assessmentsDue(LocalDate today, Actor actor) {
        return List.of();
    }

    /** For a head: each assistant of their centre with the families they work with now, against the cap. */
    public List<CaseloadRow> caseloads(Actor actor) {
        return List.of();
    }
}
