package pl.asysta.cases.court;

import java.util.List;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import pl.asysta.cases.court.domain.CourtOpinionRequestEvent;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.CourtDecisionRecorded;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionDelivered;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionDraftSaved;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionRequestWithdrawn;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionRequested;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionReturned;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionSubmitted;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ProjectionStatement;
import pl.asysta.cases.readmodel.ReadModelProjection;
import pl.asysta.cases.readmodel.TimelineEntries;

/**
 * Projects the court's requests into {@code court_opinion_request} and {@code court_decision} (V5), and the
 * events of {@link CourtOpinionRequestEvent#ON_THE_TIMELINE} into the case timeline in COURT. Part of the case
 * read model's processor, rebuilt and idempotent like it: rows are inserted once and changed only by a newer
 * event. The delivered documents are not projected and a rebuild leaves them alone.
 */
@Component
@ProcessingGroup(CaseProjectionRebuild.PROCESSING_GROUP)
class OpinionProjection implements ReadModelProjection {

    private static final List<String> TABLES = List.of("court_decision", "court_opinion_request");

    private static final ProjectionStatement REQUESTED = ProjectionStatement.addsOnce("court_opinion_request", """
            insert into court_opinion_request (request_id, case_id, court_id, reference, questions,
                deadline, requested_on, requested_by, status, position, last_position)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?) on conflict (request_id) do nothing""");

    private static final ProjectionStatement DRAFT_SAVED = change("""
            status = case when status = 'RETURNED' then 'RETURNED' else 'DRAFTING' end,
            family_situation = ?, cooperation = ?, work_plan_progress = ?, assessment = ?,
            conclusions = ?, draft_saved_at = ?, draft_saved_by = ?""");

    private static final ProjectionStatement SUBMITTED = change("""
            status = 'SUBMITTED', family_situation = ?, cooperation = ?, work_plan_progress = ?,
            assessment = ?, conclusions = ?, author_name = ?, author_role = ?, submitted_at = ?,
            case_position = ?, case_as_of = ?""");

    private static final ProjectionStatement RETURNED = change(
            "status = 'RETURNED', return_comments = ?, returned_by = ?, returned_at = ?");

    private static final ProjectionStatement DELIVERED = change(
            "status = 'DELIVERED', approver_name = ?, delivered_at = ?, document_sha256 = ?");

    private static final ProjectionStatement WITHDRAWN = change(
            "status = 'WITHDRAWN', withdrawn_on = ?, withdrawal_reason = ?");

    /** A decision of the court, filed under the request (and its case and court) it answers. */
    private static final ProjectionStatement DECIDED = ProjectionStatement.addsOnce("court_decision", """
            insert into court_decision (decision_id, request_id, case_id, court_id, kind, decided_on,
                reference, summary, recorded_by, recorded_at, position)
            select ?, r.request_id, r.case_id, r.court_id, ?, ?, ?, ?, ?, ?, ?
            from court_opinion_request r where r.request_id = ?
            on conflict (decision_id) do nothing""", "court_opinion_request");

    private final JdbcTemplate jdbc;

    OpinionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CourtOpinionRequestEvent event, @org.axonframework.eventhandling.Timestamp Instant recordedAt,
            TrackingToken token) {
        long position = token.position().orElseThrow();
        String request = event.requestId().value();
        String by = event.recordedBy().displayName();
        switch (event) {
            case OpinionRequested e -> jdbc.update(REQUESTED.sql(), request, e.caseId().value(), e.court().value(),
                    e.reference().value(), e.questions(), e.deadline(), e.requestedOn(), by, position, position);
            case OpinionDraftSaved e -> change(DRAFT_SAVED, request, position,
                    e.text().familySituation(), e.text().cooperation(), e.text().workPlanProgress(),
                    e.text().assessment(), e.text().conclusions(), Timestamp.from(recordedAt), by);
            case OpinionSubmitted e -> change(SUBMITTED, request, position,
                    e.text().familySituation(), e.text().cooperation(), e.text().workPlanProgress(),
                    e.text().assessment(), e.text().conclusions(), by, e.recordedBy().role().name(),
                    Timestamp.from(recordedAt), e.casePosition(), Timestamp.from(e.caseAsOf()));
            case OpinionReturned e -> change(RETURNED, request, position, e.comments(), by,
                    Timestamp.from(recordedAt));
            case OpinionDelivered e -> change(DELIVERED, request, position, by, Timestamp.from(e.deliveredAt()),
                    e.documentSha256());
            case OpinionRequestWithdrawn e -> change(WITHDRAWN, request, position, e.withdrawnOn(), e.reason());
            case CourtDecisionRecorded e -> jdbc.update(DECIDED.sql(), e.decisionId().value(), e.kind().name(),
                    e.decidedOn(), e.reference().value(), e.summary(), by, Timestamp.from(recordedAt), position,
                    request);
        }
        if (CourtOpinionRequestEvent.ON_THE_TIMELINE.contains(event.getClass())) {
            TimelineEntries.add(jdbc, position, event.caseId(), occurredOn(event, recordedAt), recordedAt,
                    event.getClass().getSimpleName(), event.category(), event.recordedBy(), subject(event),
                    body(event));
        }
    }

    /** Sets {@code assignments} (then the event's position) on the request, for a newer event only. */
    private static ProjectionStatement change(String assignments) {
        return ProjectionStatement.updates("court_opinion_request", "update court_opinion_request set "
                + assignments + ", last_position = ? where request_id = ? and last_position < ?");
    }

    /** Changes the request at once: the statement's values, then the event's position and the request. */
    private void change(ProjectionStatement statement, String request, long position, Object... values) {
        Object[] arguments = new Object[values.length + 3];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = position;
        arguments[values.length + 1] = request;
        arguments[values.length + 2] = position;
        jdbc.update(statement.sql(), arguments);
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @ResetHandler
    void clearBeforeReplay() {
        jdbc.execute("truncate table " + String.join(", ", TABLES));
    }

    private static LocalDate occurredOn(CourtOpinionRequestEvent event, Instant recordedAt) {
        return switch (event) {
            case OpinionRequested e -> e.requestedOn();
            case OpinionRequestWithdrawn e -> e.withdrawnOn();
            case CourtDecisionRecorded e -> e.decidedOn();
            case OpinionDelivered e -> e.deliveredAt().atZone(pl.asysta.time.ClockConfiguration.CENTRE_ZONE)
                    .toLocalDate();
            default -> recordedAt.atZone(pl.asysta.time.ClockConfiguration.CENTRE_ZONE).toLocalDate();
        };
    }

    /**
     * The proceedings' reference heads every entry of a request; a decision is named by its kind (a code the
     * screens translate).
     */
    private String subject(CourtOpinionRequestEvent event) {
        if (event instanceof OpinionRequested e) {
            return e.reference().value();
        }
        if (event instanceof CourtDecisionRecorded e) {
            return e.kind().name();
        }
        return jdbc.query("select reference from court_opinion_request where request_id = ?",
                rows -> rows.next() ? rows.getString(1) : null, event.requestId().value());
    }

    private static String body(CourtOpinionRequestEvent event) {
        return switch (event) {
            case OpinionRequested e -> e.questions();
            case OpinionDelivered e -> "SHA-256: " + e.documentSha256();
            case OpinionRequestWithdrawn e -> e.reason();
            case CourtDecisionRecorded e -> e.reference().value() + " – " + e.summary();
            default -> null;
        };
    }
}
