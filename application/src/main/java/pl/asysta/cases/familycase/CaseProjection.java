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

    private static final String SUMMARY_UPDATE = "update case_summary set %s, last_position = ? "
            + "where case_id = ? and last_position < ?";

    /**
     * The subject of a plan action's entry: its description in the last version adopted before the event, or the
     * action's id (the key).
     */
    private static final String ACTION_DESCRIPTION = """
            coalesce((select a.description from case_plan_action a
                      join case_plan_version v on v.case_id = a.case_id and v.version = a.version
                      where a.case_id = t.case_id and a.action_id = k.key and v.position < t.position
                      order by a.version desc limit 1), k.key)""";

    /** The subject of an entry about a child: their name, or their id (the key). */
    private static final String MEMBER_NAME = """
            coalesce((select m.first_name || ' ' || m.last_name from case_member m
                      where m.case_id = t.case_id and m.member_id = k.key), k.key)""";

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
        ProjectionWrites.current(jdbc).now("""
                insert into case_caseload (assistant_id, case_id, active, last_position) values (?, ?, ?, ?)
                on conflict (assistant_id, case_id) do update set active = excluded.active,
                    last_position = excluded.last_position
                where case_caseload.last_position < excluded.last_position""",
                event.assistant(), event.caseId(), active, position);
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
                writes.now("""
                        insert into case_summary (case_id, centre, family_name, status, street, postal_code, town,
                            phone, email, social_worker_id, social_worker_name, registered_at, last_position)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (case_id) do nothing""",
                        caseId, e.centre(), e.familyName(), CaseStatus.INTAKE,
                        e.address() == null ? null : e.address().street(),
                        e.address() == null ? null : e.address().postalCode(),
                        e.address() == null ? null : e.address().town(),
                        e.contact() == null ? null : e.contact().phone(),
                        e.contact() == null ? null : e.contact().email(),
                        e.recordedBy().userId(), e.recordedBy().displayName(), recordedAt, position);
                for (int i = 0; i < e.members().size(); i++) {
                    FamilyMember member = e.members().get(i);
                    writes.now("""
                            insert into case_member (case_id, member_id, ordinal, first_name, last_name, kinship,
                                birth_date)
                            values (?, ?, ?, ?, ?, ?, ?)
                            on conflict (case_id, member_id) do nothing""",
                            caseId, member.memberId(), i, member.firstName(), member.lastName(), member.kinship(),
                            member.birthDate());
                }
            }
            case EnvironmentalInterviewRecorded e -> { }
            case AssistantRequested e -> summary(writes, position, caseId,
                    "assistant_requested = true, assistant_requested_at = ?, request_justification = ?",
                    recordedAt, e.justification());
            case ConsentRecorded e -> summary(writes, position, caseId, """
                    consent_in_force = true, consenting_person = ?, consent_given_on = ?,
                    consent_document_reference = ?, consent_withdrawn_on = null""",
                    e.consentingPerson(), e.givenOn(), e.documentReference());
            case ConsentWithdrawn e -> summary(writes, position, caseId,
                    "consent_in_force = false, consent_withdrawn_on = ?", e.withdrawnOn());
            case CourtOrderRecorded e -> summary(writes, position, caseId,
                    "court_ordered = true, court = ?, court_file_reference = ?, court_order_issued_on = ?",
                    e.court(), e.fileReference(), e.issuedOn());
            case AssistantAssigned e -> {
                summary(writes, position, caseId, """
                        status = ?, assistant_id = ?, assistant_name = ?, assistant_since = ?,
                        next_assessment_due = ?""",
                        CaseStatus.ACTIVE, e.assistant(), e.assistantName(), e.assignedOn(),
                        CaseRules.nextAssessmentDue(e.assignedOn()));
                knownAssistant(writes, position, caseId, e.assistant().value(), e.assistantName());
            }
            case AssistantReassigned e -> {
                summary(writes, position, caseId, "assistant_id = ?, assistant_name = ?, assistant_since = ?",
                        e.assistant(), e.assistantName(), e.reassignedOn());
                knownAssistant(writes, position, caseId, e.assistant().value(), e.assistantName());
            }
            case WorkPlanAdopted e -> adoptPlan(e, recordedAt, position, writes);
            case SocialWorkerConsulted e -> writes.now("""
                    insert into case_plan_consultation (position, case_id, plan_version, social_worker_name, opinion,
                        recorded_at)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (position) do nothing""",
                    position, caseId, e.planVersion(), e.recordedBy().displayName(), e.opinion(), recordedAt);
            case PlanActionProgressed e -> actionState(writes, position, caseId, e.actionId(),
                    "last_progress_note = ?, last_progress_on = ?", e.note(), e.notedOn());
            case PlanActionCompleted e -> actionState(writes, position, caseId, e.actionId(),
                    "status = ?, closing_note = ?, closed_on = ?", ActionStatus.COMPLETED, e.outcome(),
                    e.completedOn());
            case PlanActionDropped e -> actionState(writes, position, caseId, e.actionId(),
                    "status = ?, closing_note = ?, closed_on = ?", ActionStatus.DROPPED, e.reason(), e.droppedOn());
            case WorkDocumented e -> { }
            case PeriodicAssessmentRecorded e -> summary(writes, position, caseId,
                    "last_assessment_on = ?, next_assessment_due = ?",
                    e.assessedOn(), CaseRules.nextAssessmentDue(e.assessedOn()));
            case ChildPlacedInFosterCare e -> {
                summary(writes, position, caseId, "foster_care = true");
                writes.now("""
                        insert into case_foster_placement (position, case_id, member_id, placed_on, placement,
                            coordinator_id, coordinator_name, child_assistance_plan_reference)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (position) do nothing""",
                        position, caseId, e.memberId(), e.placedOn(), e.placement(), e.coordinator(),
                        e.coordinatorName(), e.childAssistancePlanReference());
            }
            case FosterCareCoordinatorConsulted e -> { }
            case ZaZyciemSupportStarted e -> summary(writes, position, caseId, "za_zyciem_ground = ?", e.ground());
            case SupportCatalogueDrawnUp e -> {
                for (int i = 0; i < e.items().size(); i++) {
                    SupportItem item = e.items().get(i);
                    writes.now("""
                            insert into case_support_item (position, item_no, case_id, support, provider)
                            values (?, ?, ?, ?, ?)
                            on conflict (position, item_no) do nothing""",
                            position, i, caseId, item.support(), item.provider());
                }
            }
            case CaseClosed e -> summary(writes, position, caseId, """
                    status = ?, closure_reason = ?, closure_summary = ?, closed_on = ?, monitoring_until = ?,
                    monitoring_outcome = null""",
                    CaseStatus.MONITORING, e.reason(), e.summary(), e.closedOn(), e.monitoringUntil());
            case MonitoringEntryRecorded e -> { }
            case ObservationRecorded e -> { }
            case MonitoringEnded e -> summary(writes, position, caseId, "status = ?, monitoring_outcome = ?",
                    CaseStatus.CLOSED, e.outcome());
            case CaseReopened e -> summary(writes, position, caseId, """
                    status = ?, assistant_requested = false, assistant_requested_at = null,
                    request_justification = null, assistant_id = null, assistant_name = null,
                    assistant_since = null, next_assessment_due = null, closure_reason = null,
                    closure_summary = null, closed_on = null, monitoring_until = null, monitoring_outcome = null""",
                    CaseStatus.INTAKE);
        }
    }

    private void adoptPlan(WorkPlanAdopted e, Instant recordedAt, long position, ProjectionWrites writes) {
        summary(writes, position, e.caseId(), "plan_version = ?", e.version());
        writes.now("""
                insert into case_plan_version (case_id, version, goals, adopted_on, recorded_at, author_name, position)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id, version) do nothing""",
                e.caseId(), e.version(), e.goals(), e.adoptedOn(), recordedAt, e.recordedBy().displayName(),
                position);
        for (int i = 0; i < e.actions().size(); i++) {
            PlanAction action = e.actions().get(i);
            writes.now("""
                    insert into case_plan_action (case_id, version, action_id, ordinal, description, owner_kind,
                        owner_name, owner_reference, deadline, expected_effect)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (case_id, version, action_id) do nothing""",
                    e.caseId(), e.version(), action.actionId(), i, action.description(), action.owner().kind(),
                    action.owner().name(), action.owner().reference(), action.deadline(), action.expectedEffect());
            writes.now("""
                    insert into case_plan_action_state (case_id, action_id, status, last_position)
                    values (?, ?, ?, ?)
                    on conflict (case_id, action_id) do nothing""",
                    e.caseId(), action.actionId(), ActionStatus.OPEN, position);
        }
    }

    private static void summary(ProjectionWrites writes, long position, CaseId caseId, String assignments,
                                Object... values) {
        writes.now(SUMMARY_UPDATE.formatted(assignments), withPosition(values, position, caseId));
    }

    private static void actionState(ProjectionWrites writes, long position, CaseId caseId, String actionId,
                                    String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 4];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = position;
        arguments[values.length + 1] = caseId;
        arguments[values.length + 2] = actionId;
        arguments[values.length + 3] = position;
        writes.now("update case_plan_action_state set " + assignments + ", last_position = ? "
                + "where case_id = ? and action_id = ? and last_position < ?", arguments);
    }

    private static Object[] withPosition(Object[] values, long position, CaseId caseId) {
        Object[] arguments = new Object[values.length + 3];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = position;
        arguments[values.length + 1] = caseId;
        arguments[values.length + 2] = position;
        return arguments;
    }

    /** The assistant works for the case's centre; the head's caseload screen lists them under their name. */
    private static void knownAssistant(ProjectionWrites writes, long position, CaseId caseId, String assistantId,
                                       String assistantName) {
        writes.now("""
                insert into case_assistant (centre, assistant_id, assistant_name, last_position)
                select centre, ?, ?, ? from case_summary where case_id = ?
                on conflict (centre, assistant_id) do update set assistant_name = excluded.assistant_name,
                    last_position = excluded.last_position
                where case_assistant.last_position < excluded.last_position""",
                assistantId, assistantName, position, caseId);
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
    private record Entry(LocalDate occurredOn, String subject, String text, String lookup, String key) {

        static Entry of(LocalDate occurredOn, String subject, String text) {
            return new Entry(occurredOn, subject, text, null, null);
        }

        static Entry aboutAction(LocalDate occurredOn, String actionId, String text) {
            return new Entry(occurredOn, null, text, ACTION_DESCRIPTION, actionId);
        }

        static Entry aboutMember(LocalDate occurredOn, String memberId, String text) {
            return new Entry(occurredOn, null, text, MEMBER_NAME, memberId);
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
