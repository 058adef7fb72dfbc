package pl.asysta.cases.familycase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.domain.AssistantCaseloadEvent;
import pl.asysta.cases.familycase.domain.AssistantCaseloadEvent.FamilyReleased;
import pl.asysta.cases.familycase.domain.AssistantCaseloadEvent.FamilyTakenOn;
import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
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
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ProjectionStatement;
import pl.asysta.cases.readmodel.ProjectionWrites;
import pl.asysta.cases.readmodel.ReadModelProjection;
import pl.asysta.cases.readmodel.TimelineEntries;
import pl.asysta.shared.CaseId;

/**
 * Projects the case and caseload events into the read-model tables of {@code V3__case_read_models.sql}: the case
 * summary (lists, header, deadlines), the timeline, the work plan with its versions, and the caseloads.
 *
 * <p>Idempotent: rows that events only add are keyed by the event's position (global index) or by ids and
 * inserted once; rows that events change carry the position of the last event applied and change only for a
 * newer one. Rebuildable: a reset clears every table, and a replay of the event store fills them again
 * ({@link CaseProjectionRebuild}). The moment of recording is the event's timestamp, never the clock, so a
 * rebuild yields the same rows as live processing.
 */
@Component
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
class CaseProjection implements ReadModelProjection {

    static final String PROCESSING_GROUP = CaseProjectionRebuild.PROCESSING_GROUP;

    /** Every table of the case read model, children first. */
    static final List<String> TABLES = List.of("case_caseload", "case_assistant", "case_support_item",
            "case_foster_placement", "case_plan_consultation", "case_plan_action_state", "case_plan_action",
            "case_plan_version", "case_timeline", "case_member", "case_summary");

    private final JdbcTemplate jdbc;

    CaseProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FamilyCaseEvent event, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = token.position().orElseThrow();
        ProjectionWrites writes = ProjectionWrites.current(jdbc);
        updateReadModel(event, recordedAt, position, writes);
        addToTimeline(event, recordedAt, position);
    }

    @EventHandler
    void on(AssistantCaseloadEvent event, TrackingToken token) {
        long position = token.position().orElseThrow();
        boolean active = switch (event) {
            case FamilyTakenOn e -> true;
            case FamilyReleased e -> false;
        };
        ProjectionWrites.current(jdbc).now(CaseStatements.CASELOAD, event.assistant(), event.caseId(), active,
                position);
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    /** The assistants' caseloads are theirs, not the case's. */
    @Override
    public List<String> caseTables() {
        return TABLES.stream().filter(table -> !table.equals("case_caseload")).toList();
    }

    @ResetHandler
    void clearBeforeReplay() {
        jdbc.execute("truncate table " + String.join(", ", TABLES));
    }

    // ---------------------------------------------------------------- summary, members, plan, placements

    private void updateReadModel(FamilyCaseEvent event, Instant recordedAt, long position, ProjectionWrites writes) {
        CaseId caseId = event.caseId();
        switch (event) {
            case FamilyRegistered e -> {
                writes.now(CaseStatements.FAMILY_REGISTERED, caseId, e.centre(), e.familyName(), CaseStatus.INTAKE,
                        e.address() == null ? null : e.address().street(),
                        e.address() == null ? null : e.address().postalCode(),
                        e.address() == null ? null : e.address().town(),
                        e.contact() == null ? null : e.contact().phone(),
                        e.contact() == null ? null : e.contact().email(),
                        e.recordedBy().userId(), e.recordedBy().displayName(), recordedAt, position);
                for (int i = 0; i < e.members().size(); i++) {
                    FamilyMember member = e.members().get(i);
                    writes.now(CaseStatements.MEMBER, caseId, member.memberId(), i, member.firstName(),
                            member.lastName(), member.kinship(), member.birthDate());
                }
            }
            case EnvironmentalInterviewRecorded e -> { }
            case AssistantRequested e -> summary(writes, CaseStatements.ASSISTANT_REQUESTED, position, caseId,
                    recordedAt, e.justification());
            case ConsentRecorded e -> summary(writes, CaseStatements.CONSENT_RECORDED, position, caseId,
                    e.consentingPerson(), e.givenOn(), e.documentReference());
            case ConsentWithdrawn e -> summary(writes, CaseStatements.CONSENT_WITHDRAWN, position, caseId,
                    e.withdrawnOn());
            case CourtOrderRecorded e -> summary(writes, CaseStatements.COURT_ORDER_RECORDED, position, caseId,
                    e.court(), e.fileReference(), e.issuedOn());
            case AssistantAssigned e -> {
                summary(writes, CaseStatements.ASSISTANT_ASSIGNED, position, caseId, CaseStatus.ACTIVE,
                        e.assistant(), e.assistantName(), e.assignedOn(), CaseRules.nextAssessmentDue(e.assignedOn()));
                knownAssistant(writes, position, caseId, e.assistant().value(), e.assistantName());
            }
            case AssistantReassigned e -> {
                summary(writes, CaseStatements.ASSISTANT_REASSIGNED, position, caseId, e.assistant(),
                        e.assistantName(), e.reassignedOn());
                knownAssistant(writes, position, caseId, e.assistant().value(), e.assistantName());
            }
            case WorkPlanAdopted e -> adoptPlan(e, recordedAt, position, writes);
            case SocialWorkerConsulted e -> writes.now(CaseStatements.CONSULTATION, position, caseId,
                    e.planVersion(), e.recordedBy().displayName(), e.opinion(), recordedAt);
            case PlanActionProgressed e -> actionState(writes, CaseStatements.ACTION_PROGRESSED, position, caseId,
                    e.actionId(), e.note(), e.notedOn());
            case PlanActionCompleted e -> actionState(writes, CaseStatements.ACTION_CLOSED, position, caseId,
                    e.actionId(), ActionStatus.COMPLETED, e.outcome(), e.completedOn());
            case PlanActionDropped e -> actionState(writes, CaseStatements.ACTION_CLOSED, position, caseId,
                    e.actionId(), ActionStatus.DROPPED, e.reason(), e.droppedOn());
            case WorkDocumented e -> { }
            case PeriodicAssessmentRecorded e -> summary(writes, CaseStatements.ASSESSED, position, caseId,
                    e.assessedOn(), CaseRules.nextAssessmentDue(e.assessedOn()));
            case ChildPlacedInFosterCare e -> {
                summary(writes, CaseStatements.CHILD_PLACED, position, caseId);
                writes.now(CaseStatements.FOSTER_PLACEMENT, position, caseId, e.memberId(), e.placedOn(),
                        e.placement(), e.coordinator(), e.coordinatorName(), e.childAssistancePlanReference());
            }
            case FosterCareCoordinatorConsulted e -> { }
            case ZaZyciemSupportStarted e -> summary(writes, CaseStatements.ZA_ZYCIEM_STARTED, position, caseId,
                    e.ground());
            case SupportCatalogueDrawnUp e -> {
                for (int i = 0; i < e.items().size(); i++) {
                    SupportItem item = e.items().get(i);
                    writes.now(CaseStatements.SUPPORT_ITEM, position, i, caseId, item.support(), item.provider());
                }
            }
            case CaseClosed e -> summary(writes, CaseStatements.CLOSED, position, caseId, CaseStatus.MONITORING,
                    e.reason(), e.summary(), e.closedOn(), e.monitoringUntil());
            case MonitoringEntryRecorded e -> { }
            case ObservationRecorded e -> { }
            case MonitoringEnded e -> summary(writes, CaseStatements.MONITORING_ENDED, position, caseId,
                    CaseStatus.CLOSED, e.outcome());
            case CaseReopened e -> summary(writes, CaseStatements.REOPENED, position, caseId, CaseStatus.INTAKE);
        }
    }

    private void adoptPlan(WorkPlanAdopted e, Instant recordedAt, long position, ProjectionWrites writes) {
        summary(writes, CaseStatements.PLAN_ADOPTED, position, e.caseId(), e.version());
        writes.now(CaseStatements.PLAN_VERSION, e.caseId(), e.version(), e.goals(), e.adoptedOn(), recordedAt,
                e.recordedBy().displayName(), position);
        for (int i = 0; i < e.actions().size(); i++) {
            PlanAction action = e.actions().get(i);
            writes.now(CaseStatements.PLAN_ACTION, e.caseId(), e.version(), action.actionId(), i,
                    action.description(), action.owner().kind(), action.owner().name(), action.owner().reference(),
                    action.deadline(), action.expectedEffect());
            writes.now(CaseStatements.ACTION_OPENED, e.caseId(), action.actionId(), ActionStatus.OPEN, position);
        }
    }

    /** A change of the case's summary: the statement's values, then the event's position and the case. */
    private static void summary(ProjectionWrites writes, ProjectionStatement statement, long position,
                                CaseId caseId, Object... values) {
        Object[] arguments = new Object[values.length + 3];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = position;
        arguments[values.length + 1] = caseId;
        arguments[values.length + 2] = position;
        writes.now(statement, arguments);
    }

    /** A change of a plan action's state: the statement's values, then the event's position and the action. */
    private static void actionState(ProjectionWrites writes, ProjectionStatement statement, long position,
                                    CaseId caseId, String actionId, Object... values) {
        Object[] arguments = new Object[values.length + 4];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = position;
        arguments[values.length + 1] = caseId;
        arguments[values.length + 2] = actionId;
        arguments[values.length + 3] = position;
        writes.now(statement, arguments);
    }

    private static void knownAssistant(ProjectionWrites writes, long position, CaseId caseId, String assistantId,
                                       String assistantName) {
        writes.now(CaseStatements.KNOWN_ASSISTANT, assistantId, assistantName, position, caseId);
    }

    // ---------------------------------------------------------------- timeline

    private void addToTimeline(FamilyCaseEvent event, Instant recordedAt, long position) {
        Entry entry = entryOf(event);
        String type = event.getClass().getSimpleName();
        if (entry.lookup() == null) {
            TimelineEntries.add(jdbc, position, event.caseId(), entry.occurredOn(), recordedAt, type,
                    event.category(), event.recordedBy(), entry.subject(), entry.text());
        } else {
            TimelineEntries.addLookingUp(jdbc, position, event.caseId(), entry.occurredOn(), recordedAt, type,
                    event.category(), event.recordedBy(), entry.lookup(), entry.key(), entry.text());
        }
    }

    /**
     * What the timeline shows of an event. The subject is either a value or, for entries about a plan action or
     * a child, a lookup of the action's description or the child's name by its id.
     */
    private record Entry(LocalDate occurredOn, String subject, String text, TimelineEntries.Subject lookup,
                         String key) {

        static Entry of(LocalDate occurredOn, String subject, String text) {
            return new Entry(occurredOn, subject, text, null, null);
        }

        static Entry aboutAction(LocalDate occurredOn, String actionId, String text) {
            return new Entry(occurredOn, null, text, CaseStatements.ACTION_DESCRIPTION, actionId);
        }

        static Entry aboutMember(LocalDate occurredOn, String memberId, String text) {
            return new Entry(occurredOn, null, text, CaseStatements.MEMBER_NAME, memberId);
        }
    }

    private static Entry entryOf(FamilyCaseEvent event) {
        return switch (event) {
            case FamilyRegistered e -> Entry.of(null, e.familyName(), e.members().stream()
                    .map(FamilyMember::fullName).collect(Collectors.joining(", ")));
            case EnvironmentalInterviewRecorded e -> Entry.of(e.conductedOn(),
                    String.join(", ", e.difficulties()), e.findings());
            case AssistantRequested e -> Entry.of(null, null, e.justification());
            case ConsentRecorded e -> Entry.of(e.givenOn(), e.consentingPerson() + ", " + e.documentReference(),
                    null);
            case ConsentWithdrawn e -> Entry.of(e.withdrawnOn(), null, e.note());
            case CourtOrderRecorded e -> Entry.of(e.issuedOn(), e.court() + ", " + e.fileReference(), null);
            case AssistantAssigned e -> Entry.of(e.assignedOn(), e.assistantName(), null);
            case AssistantReassigned e -> Entry.of(e.reassignedOn(), e.assistantName(), e.reason());
            case WorkPlanAdopted e -> Entry.of(e.adoptedOn(), String.valueOf(e.version()), e.goals());
            case SocialWorkerConsulted e -> Entry.of(null, String.valueOf(e.planVersion()), e.opinion());
            case PlanActionProgressed e -> Entry.aboutAction(e.notedOn(), e.actionId(), e.note());
            case PlanActionCompleted e -> Entry.aboutAction(e.completedOn(), e.actionId(), e.outcome());
            case PlanActionDropped e -> Entry.aboutAction(e.droppedOn(), e.actionId(), e.reason());
            case WorkDocumented e -> Entry.of(e.date(), e.kind().name(), e.notes());
            case PeriodicAssessmentRecorded e -> Entry.of(e.assessedOn(), e.progress(), e.situation());
            case ChildPlacedInFosterCare e -> Entry.aboutMember(e.placedOn(), e.memberId(), e.placement());
            case FosterCareCoordinatorConsulted e -> Entry.aboutMember(e.consultedOn(), e.memberId(), e.note());
            case ZaZyciemSupportStarted e -> Entry.of(null, e.ground().name(), null);
            case SupportCatalogueDrawnUp e -> Entry.of(null, null, e.items().stream()
                    .map(item -> item.provider() == null ? item.support()
                            : item.support() + " (" + item.provider() + ")")
                    .collect(Collectors.joining("; ")));
            case CaseClosed e -> Entry.of(e.closedOn(), e.reason().name(), e.summary());
            case MonitoringEntryRecorded e -> Entry.of(e.date(), null, e.notes());
            case ObservationRecorded e -> Entry.of(e.observedOn(), e.kind().name(), e.text());
            case MonitoringEnded e -> Entry.of(e.endedOn(), e.outcome().name(), e.note());
            case CaseReopened e -> Entry.of(e.reopenedOn(), null, e.reason());
        };
    }
}
