package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.cases.familycase.domain.FamilyCaseState.PlanActionState;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * A {@link FamilyCaseState} under change while one event is applied: it starts as a copy, the event changes what it
 * names, and {@link #state()} gives the new immutable state. Only {@link FamilyCaseState#evolve} makes one.
 */
final class StateDraft {

    CaseId caseId;
    InstitutionId centre;
    UserId socialWorker;
    String familyName;
    final Map<String, FamilyMember> members = new LinkedHashMap<>();
    CaseStatus status;
    boolean assistantRequested;
    boolean consentInForce;
    boolean courtOrdered;
    UserId assistant;
    LocalDate assessmentClockStart;
    int planVersion;
    final Set<String> openActions;
    final Set<String> completedActions;
    final Set<String> droppedActions;
    boolean zaZyciem;
    LocalDate monitoringUntil;
    final List<UserId> coordinators;

    StateDraft(FamilyCaseState from) {
        caseId = from.caseId();
        centre = from.centre();
        socialWorker = from.socialWorker();
        familyName = from.familyName();
        from.members().forEach(member -> members.put(member.memberId(), member));
        status = from.status();
        assistantRequested = from.assistantRequested();
        consentInForce = from.consentInForce();
        courtOrdered = from.courtOrdered();
        assistant = from.assistant();
        assessmentClockStart = from.assessmentClockStart();
        planVersion = from.planVersion();
        openActions = new TreeSet<>(from.openActions());
        completedActions = new TreeSet<>(from.completedActions());
        droppedActions = new TreeSet<>(from.droppedActions());
        zaZyciem = from.zaZyciem();
        monitoringUntil = from.monitoringUntil();
        coordinators = new ArrayList<>(from.coordinators());
    }

    /** The social worker who registers the family stays its social worker. */
    void registered(FamilyRegistered event) {
        caseId = event.caseId();
        centre = event.centre();
        socialWorker = event.recordedBy().userId();
        familyName = event.familyName();
        event.members().forEach(member -> members.put(member.memberId(), member));
        status = CaseStatus.INTAKE;
    }

    /** The periodic assessments are counted from the assignment. */
    void assigned(UserId assigned, LocalDate assignedOn) {
        assistant = assigned;
        assessmentClockStart = assignedOn;
        status = CaseStatus.ACTIVE;
    }

    /** Actions carried over from an earlier version keep what became of them. */
    void planAdopted(int version, List<PlanAction> actions) {
        planVersion = version;
        actions.stream().map(PlanAction::actionId)
                .filter(id -> !openActions.contains(id) && !completedActions.contains(id)
                        && !droppedActions.contains(id))
                .forEach(openActions::add);
    }

    void actionBecomes(String actionId, PlanActionState state) {
        openActions.remove(actionId);
        completedActions.remove(actionId);
        droppedActions.remove(actionId);
        switch (state) {
            case OPEN -> openActions.add(actionId);
            case COMPLETED -> completedActions.add(actionId);
            case DROPPED -> droppedActions.add(actionId);
        }
    }

    void coordinatorNamed(UserId coordinator) {
        if (!coordinators.contains(coordinator)) {
            coordinators.add(coordinator);
        }
    }

    void closed(LocalDate until) {
        status = CaseStatus.MONITORING;
        monitoringUntil = until;
    }

    /** A reopened case goes back to intake and waits for a new request and assignment. */
    void reopened() {
        status = CaseStatus.INTAKE;
        assistantRequested = false;
        assistant = null;
    }

    FamilyCaseState state() {
        return new FamilyCaseState(caseId, centre, socialWorker, familyName, List.copyOf(members.values()), status,
                assistantRequested, consentInForce, courtOrdered, assistant, assessmentClockStart, planVersion,
                List.copyOf(openActions), List.copyOf(completedActions), List.copyOf(droppedActions), zaZyciem,
                monitoringUntil, List.copyOf(coordinators));
    }
}
