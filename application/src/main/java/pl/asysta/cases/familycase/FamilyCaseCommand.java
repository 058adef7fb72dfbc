package pl.asysta.cases.familycase;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.UserId;

/**
 * What people ask of a family case, one record per step of the journey (issue 3). Each carries the signed-in
 * actor and the centre's "today" as the edge saw it, so that the aggregate never asks the machine for either
 * and a replayed decision comes out the same. Ids inside commands (case, members, plan actions, work entries)
 * are made at the edge too.
 */
public sealed interface FamilyCaseCommand {

    CaseId caseId();

    Actor actor();

    LocalDate today();

    record RegisterFamily(@TargetAggregateIdentifier CaseId caseId, String familyName, List<FamilyMember> members,
                          Address address, Contact contact, Actor actor, LocalDate today) implements FamilyCaseCommand {
    }

    record RecordInterview(@TargetAggregateIdentifier CaseId caseId, LocalDate conductedOn, String findings,
                           List<String> difficulties, Actor actor, LocalDate today) implements FamilyCaseCommand {
    }

    record RequestAssistant(@TargetAggregateIdentifier CaseId caseId, String justification, Actor actor,
                            LocalDate today) implements FamilyCaseCommand {
    }

    record RecordConsent(@TargetAggregateIdentifier CaseId caseId, String consentingPerson, LocalDate givenOn,
                         String documentReference, Actor actor, LocalDate today) implements FamilyCaseCommand {
    }

    /** Closes the case when no court ordered the work; {@code monitoringMonths} is then the monitoring period. */
    record WithdrawConsent(@TargetAggregateIdentifier CaseId caseId, LocalDate withdrawnOn, String note,
                           int monitoringMonths, Actor actor, LocalDate today) implements FamilyCaseCommand {
    }

    record RecordCourtOrder(@TargetAggregateIdentifier CaseId caseId, String court, String fileReference,
                            LocalDate issuedOn, Actor actor, LocalDate today) implements FamilyCaseCommand {
    }

    record AssignAssistant(@TargetAggregateIdentifier CaseId caseId, UserId assistant, String assistantName,
                           LocalDate assignedOn, Actor actor, LocalDate today) implements FamilyCaseCommand {
    }

    record ReassignAssistant(@TargetAggregateIdentifier CaseId caseId, UserId assistant, String assistantName,
                             String reason, LocalDate reassignedOn, Actor actor, LocalDate today)
            implements FamilyCaseCommand {
    }

    /** {@code revisedVersion} is the plan version the author worked from (0 for the first plan). */
    record AdoptWorkPlan(@TargetAggregateIdentifier CaseId caseId, int revisedVersion, String goals,
                         List<PlanAction> actions, Actor actor, LocalDate today) implements FamilyCaseCommand {
    }

    record ConsultPlan(@TargetAggregateIdentifier CaseId caseId, int planVersion, String opinion, Actor actor,
                       LocalDate today) implements FamilyCaseCommand {
    }

    record NoteActionProgress(@TargetAggregateIdentifier CaseId caseId, String actionId, String note, Actor actor,
                              LocalDate today) implements FamilyCaseCommand {
    }

    record CompleteAction(@TargetAggregateIdentifier CaseId caseId, String actionId, String outcome, Actor actor,
                          LocalDate today) implements FamilyCaseCommand {
    }

    record DropAction(@TargetAggregateIdentifier CaseId caseId, String actionId, String reason, Actor actor,
                      LocalDate today) implements FamilyCaseCommand {
    }

    record DocumentWork(@TargetAggregateIdentifier CaseId caseId, String entryId, WorkKind kind, LocalDate date,
                        int durationMinutes, List<String> participants, String notes, DataCategory category,
                        Actor actor, LocalDate today) implements FamilyCaseCommand {
    }

    record RecordAssessment(@TargetAggregateIdentifier CaseId caseId, LocalDate assessedOn, String situation,
                            String progress, boolean continueWork, Actor actor, LocalDate today)
            implements FamilyCaseCommand {
    }

    record RecordFosterCarePlacement(@TargetAggregateIdentifier CaseId caseId, String childMemberId,
                                     LocalDate placedOn, String placement, UserId coordinator,
                                     String coordinatorName, String childAssistancePlanReference, Actor actor,
                                     LocalDate today) implements FamilyCaseCommand {
    }

    record ConsultFosterCareCoordinator(@TargetAggregateIdentifier CaseId caseId, String childMemberId, String note,
                                        Actor actor, LocalDate today) implements FamilyCaseCommand {
    }

    record StartZaZyciemSupport(@TargetAggregateIdentifier CaseId caseId, ZaZyciemGround ground, Actor actor,
                                LocalDate today) implements FamilyCaseCommand {
    }

    record DrawUpSupportCatalogue(@TargetAggregateIdentifier CaseId caseId, List<SupportItem> items, Actor actor,
                                  LocalDate today) implements FamilyCaseCommand {
    }

    record CloseCase(@TargetAggregateIdentifier CaseId caseId, ClosureReason reason, String summary,
                     LocalDate closedOn, int monitoringMonths, Actor actor, LocalDate today)
            implements FamilyCaseCommand {
    }

    record RecordMonitoringEntry(@TargetAggregateIdentifier CaseId caseId, LocalDate date, String notes,
                                 Actor actor, LocalDate today) implements FamilyCaseCommand {
    }

    record EndMonitoring(@TargetAggregateIdentifier CaseId caseId, MonitoringOutcome outcome, String note,
                         Actor actor, LocalDate today) implements FamilyCaseCommand {
    }

    record ReopenCase(@TargetAggregateIdentifier CaseId caseId, String reason, Actor actor, LocalDate today)
            implements FamilyCaseCommand {
    }

    /** School or health staff, or an interdisciplinary team member, add what they saw or decided. */
    record RecordObservation(@TargetAggregateIdentifier CaseId caseId, ObservationKind kind, DataCategory category,
                             LocalDate observedOn, String text, Actor actor, LocalDate today)
            implements FamilyCaseCommand {
    }
}
