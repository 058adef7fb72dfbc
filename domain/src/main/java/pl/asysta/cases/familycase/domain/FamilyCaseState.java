package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import pl.asysta.cases.access.domain.CaseTeam;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantAssigned;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantReassigned;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantRequested;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseReopened;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ChildPlacedInFosterCare;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentWithdrawn;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CourtOrderRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.EnvironmentalInterviewRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FosterCareCoordinatorConsulted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.MonitoringEnded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.MonitoringEntryRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ObservationRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PeriodicAssessmentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionCompleted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionDropped;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionProgressed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.SocialWorkerConsulted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.SupportCatalogueDrawnUp;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkDocumented;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ZaZyciemSupportStarted;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * Everything the family case's decisions need, as plain immutable values, evolved from its events. A case lives
 * for years and gathers thousands of events, so the aggregate stores this record now and then as its snapshot; the
 * component names are that snapshot's JSON property names and must not change. Plan actions are kept by what
 * became of them, each list sorted.
 */
public record FamilyCaseState(CaseId caseId, InstitutionId centre, UserId socialWorker, String familyName,
                              List<FamilyMember> members, CaseStatus status, boolean assistantRequested,
                              boolean consentInForce, boolean courtOrdered, UserId assistant,
                              LocalDate assessmentClockStart, int planVersion, List<String> openActions,
                              List<String> completedActions, List<String> droppedActions, boolean zaZyciem,
                              LocalDate monitoringUntil, List<UserId> coordinators) {

    /** The state before the first event. */
    public static final FamilyCaseState EMPTY = new FamilyCaseState(null, null, null, null, List.of(), null, false,
            false, false, null, null, 0, List.of(), List.of(), List.of(), false, null, List.of());

    /** Snapshots written before coordinators were kept have none: those lists read as empty. */
    public FamilyCaseState {
        members = members == null ? List.of() : List.copyOf(members);
        openActions = openActions == null ? List.of() : List.copyOf(openActions);
        completedActions = completedActions == null ? List.of() : List.copyOf(completedActions);
        droppedActions = droppedActions == null ? List.of() : List.copyOf(droppedActions);
        coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
    }

    /** The state after {@code event}; this one stays as it was. */
    public FamilyCaseState evolve(FamilyCaseEvent event) {
        StateDraft draft = new StateDraft(this);
        switch (event) {
            case FamilyRegistered e -> draft.registered(e);
            case AssistantRequested e -> draft.assistantRequested = true;
            case ConsentRecorded e -> draft.consentInForce = true;
            case ConsentWithdrawn e -> draft.consentInForce = false;
            case CourtOrderRecorded e -> draft.courtOrdered = true;
            case AssistantAssigned e -> draft.assigned(e.assistant(), e.assignedOn());
            case AssistantReassigned e -> draft.assistant = e.assistant();
            case WorkPlanAdopted e -> draft.planAdopted(e.version(), e.actions());
            case PlanActionCompleted e -> draft.actionBecomes(e.actionId(), PlanActionState.COMPLETED);
            case PlanActionDropped e -> draft.actionBecomes(e.actionId(), PlanActionState.DROPPED);
            case PeriodicAssessmentRecorded e -> draft.assessmentClockStart = e.assessedOn();
            case ChildPlacedInFosterCare e -> draft.coordinatorNamed(e.coordinator());
            case ZaZyciemSupportStarted e -> draft.zaZyciem = true;
            case CaseClosed e -> draft.closed(e.monitoringUntil());
            case MonitoringEnded e -> draft.status = CaseStatus.CLOSED;
            case CaseReopened e -> draft.reopened();
            case EnvironmentalInterviewRecorded e -> { }
            case SocialWorkerConsulted e -> { }
            case PlanActionProgressed e -> { }
            case WorkDocumented e -> { }
            case FosterCareCoordinatorConsulted e -> { }
            case SupportCatalogueDrawnUp e -> { }
            case MonitoringEntryRecorded e -> { }
            case ObservationRecorded e -> { }
        }
        return draft.state();
    }

    public boolean registered() {
        return caseId != null;
    }

    /** Work goes on: intake or an assistant working; a case in monitoring or closed takes no new work. */
    public boolean open() {
        return status == CaseStatus.INTAKE || status == CaseStatus.ACTIVE;
    }

    /** An assistant works with the family now. */
    public boolean active() {
        return status == CaseStatus.ACTIVE;
    }

    /** In intake, asked for an assistant or ordered by a court to work with one: the head's to assign. */
    public boolean awaitingAssignment() {
        return status == CaseStatus.INTAKE && (assistantRequested || courtOrdered);
    }

    public Optional<FamilyMember> member(String memberId) {
        return members.stream().filter(member -> member.memberId().equals(memberId)).findFirst();
    }

    public boolean hasChildren() {
        return members.stream().anyMatch(FamilyMember::isChild);
    }

    /** A child of the family is in foster care, so the plan is coordinated with its coordinator. */
    public boolean childInFosterCare() {
        return !coordinators.isEmpty();
    }

    /** What became of a plan action, or empty when no plan version had it. */
    public Optional<PlanActionState> action(String actionId) {
        if (openActions.contains(actionId)) {
            return Optional.of(PlanActionState.OPEN);
        }
        if (completedActions.contains(actionId)) {
            return Optional.of(PlanActionState.COMPLETED);
        }
        return droppedActions.contains(actionId) ? Optional.of(PlanActionState.DROPPED) : Optional.empty();
    }

    /** The day the next periodic assessment is due, or {@code null} while no assistant works with the family. */
    public LocalDate nextAssessmentDue() {
        return active() ? CaseRules.nextAssessmentDue(assessmentClockStart) : null;
    }

    /** Who works on the case, as far as the case itself knows: grants are the consent ledger's. */
    public CaseTeam team() {
        Objects.requireNonNull(caseId, "a case that was never registered has no team");
        return new CaseTeam(caseId, centre, assistant, socialWorker, Set.copyOf(coordinators), List.of());
    }

    public CaseStanding standing() {
        return new CaseStanding(centre, status);
    }

    public CaseOnFile onFile() {
        return new CaseOnFile(caseId, centre, assistant, familyName);
    }

    /** What became of an action of the work plan. */
    public enum PlanActionState { OPEN, COMPLETED, DROPPED }
}
