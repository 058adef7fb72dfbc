package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;
import java.util.List;

import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * Everything that can happen to a family case. The field names are a persisted contract: renaming one needs an
 * upcaster. A class may be renamed or moved: it is stored under the frozen name {@code FamilyCaseStoredTypes}
 * gives it (docs/architecture.md). Dates are the days things happened, as the user gave them; the
 * moment of recording is the event's own timestamp.
 */
public sealed interface FamilyCaseEvent {

    CaseId caseId();

    Author recordedBy();

    /** The data category the event belongs to, which scopes who may read it (docs/access-matrix.md). */
    DataCategory category();

    /** A social worker of {@code centre} opened the case; they remain its social worker. */
    record FamilyRegistered(CaseId caseId, InstitutionId centre, String familyName, List<FamilyMember> members,
                            Address address, Contact contact, Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.BASIC;
        }
    }

    record EnvironmentalInterviewRecorded(CaseId caseId, LocalDate conductedOn, String findings,
                                          List<String> difficulties, Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.ASSESSMENT;
        }
    }

    record AssistantRequested(CaseId caseId, String justification, Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.BASIC;
        }
    }

    record ConsentRecorded(CaseId caseId, String consentingPerson, LocalDate givenOn, String documentReference,
                           Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.CONSENT;
        }
    }

    record ConsentWithdrawn(CaseId caseId, LocalDate withdrawnOn, String note, Author recordedBy)
            implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.CONSENT;
        }
    }

    record CourtOrderRecorded(CaseId caseId, String court, String fileReference, LocalDate issuedOn,
                              Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.COURT;
        }
    }

    record AssistantAssigned(CaseId caseId, UserId assistant, String assistantName, LocalDate assignedOn,
                             Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.BASIC;
        }
    }

    record AssistantReassigned(CaseId caseId, UserId previousAssistant, UserId assistant, String assistantName,
                               LocalDate reassignedOn, String reason, Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.BASIC;
        }
    }

    /** A new version of the work plan; earlier versions stay in the history untouched. */
    record WorkPlanAdopted(CaseId caseId, int version, String goals, List<PlanAction> actions, LocalDate adoptedOn,
                           Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.PLAN;
        }
    }

    record SocialWorkerConsulted(CaseId caseId, int planVersion, String opinion, Author recordedBy)
            implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.PLAN;
        }
    }

    record PlanActionProgressed(CaseId caseId, String actionId, String note, LocalDate notedOn, Author recordedBy)
            implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.PLAN;
        }
    }

    record PlanActionCompleted(CaseId caseId, String actionId, String outcome, LocalDate completedOn,
                               Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.PLAN;
        }
    }

    record PlanActionDropped(CaseId caseId, String actionId, String reason, LocalDate droppedOn, Author recordedBy)
            implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.PLAN;
        }
    }

    /** A visit, consultation, crisis intervention or contact with an institution, in its own category. */
    record WorkDocumented(CaseId caseId, String entryId, WorkKind kind, LocalDate date, int durationMinutes,
                          List<String> participants, String notes, DataCategory category, Author recordedBy)
            implements FamilyCaseEvent {
    }

    record PeriodicAssessmentRecorded(CaseId caseId, LocalDate assessedOn, String situation, String progress,
                                      boolean continueWork, Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.ASSESSMENT;
        }
    }

    record ChildPlacedInFosterCare(CaseId caseId, String memberId, LocalDate placedOn, String placement,
                                   UserId coordinator, String coordinatorName, String childAssistancePlanReference,
                                   Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.COURT;
        }
    }

    record FosterCareCoordinatorConsulted(CaseId caseId, String memberId, String note, LocalDate consultedOn,
                                          Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.PLAN;
        }
    }

    record ZaZyciemSupportStarted(CaseId caseId, ZaZyciemGround ground, Author recordedBy)
            implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.HEALTH;
        }
    }

    record SupportCatalogueDrawnUp(CaseId caseId, List<SupportItem> items, Author recordedBy)
            implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.SUPPORT;
        }
    }

    record CaseClosed(CaseId caseId, ClosureReason reason, String summary, LocalDate closedOn,
                      LocalDate monitoringUntil, Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.BASIC;
        }
    }

    record MonitoringEntryRecorded(CaseId caseId, LocalDate date, String notes, Author recordedBy)
            implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.VISITS;
        }
    }

    record MonitoringEnded(CaseId caseId, MonitoringOutcome outcome, String note, LocalDate endedOn,
                           Author recordedBy) implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.BASIC;
        }
    }

    record CaseReopened(CaseId caseId, String reason, LocalDate reopenedOn, Author recordedBy)
            implements FamilyCaseEvent {
        public DataCategory category() {
            return DataCategory.BASIC;
        }
    }

    /**
     * Another institution's staff recorded what they observed (a school, a health service), or the
     * interdisciplinary team recorded a meeting or a decision, in the category their grant covers.
     */
    record ObservationRecorded(CaseId caseId, ObservationKind kind, DataCategory category, LocalDate observedOn,
                               String text, Author recordedBy) implements FamilyCaseEvent {
    }
}
