package pl.asysta.cases.court;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.cases.access.domain.AccessDecision;
import pl.asysta.cases.court.domain.CourtDecisionId;
import pl.asysta.cases.court.domain.CourtDecisionKind;
import pl.asysta.cases.court.domain.CourtOpinionRequest;
import pl.asysta.cases.court.domain.CourtReference;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionStatus;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.time.ClockConfiguration;

/**
 * The court's requests and opinions as each side may see them, every read recorded before it is returned.
 * <ul>
 *     <li>Court staff see their own court's requests (the family's name, the reference, the deadline, the status)
 *     and the delivered opinions, and nothing else of the case: they never open the case file (ADR 0012).</li>
 *     <li>The assistant who works with the family and the head of its centre see the requests of their cases
 *     with their deadlines; the drafting page reads one request through the case file opened for it.</li>
 *     <li>A delivered document is handed to the requesting court, the case team and auditors.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class OpinionQueries {

    /** Delivered opinions stay on the case team's start pages this long after delivery. */
    static final int DELIVERED_SHOWN_DAYS = 30;

    private static final Set<DataCategory> READ = Set.of(DataCategory.BASIC, DataCategory.COURT);

    private static final String COLUMNS = """
            r.request_id, r.case_id, s.family_name, r.court_id, r.reference, r.questions, r.requested_on,
            r.deadline, r.status, s.assistant_name, r.author_name, r.approver_name, r.delivered_at,
            r.document_sha256, r.case_position, r.case_as_of, r.withdrawn_on, r.withdrawal_reason""";

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final AccessPolicy policy;
    private final AccessLog accessLog;
    private final OpinionDocuments documents;

    OpinionQueries(JdbcClient jdbc, CaseFiles caseFiles, AccessPolicy policy, AccessLog accessLog,
                   OpinionDocuments documents) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.policy = policy;
        this.accessLog = accessLog;
        this.documents = documents;
    }

    // ---------------------------------------------------------------- the court

    /**
     * The requests of the actor's court, those the court still waits for first (by deadline), then the
     * delivered and withdrawn ones, newest first. Empty for anyone but court staff.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<OpinionRequestRow> ofCourt(Actor actor) {
        if (!actor.hasRole(Role.COURT_STAFF)) {
            return List.of();
        }
        LocalDate today = policy.today();
        List<OpinionRequestRow> rows = jdbc.sql("select " + COLUMNS + """
                         from court_opinion_request r join case_summary s on s.case_id = r.case_id
                        where r.court_id = :court
                        order by case when r.status in ('DELIVERED', 'WITHDRAWN') then 1 else 0 end,
                            case when r.status not in ('DELIVERED', 'WITHDRAWN') then r.deadline end,
                            r.position desc""")
                .param("court", actor.institutionId().value())
                .query((row, n) -> row(row, today, false))
                .list();
        recordCourt(actor, rows.stream().map(OpinionRequestRow::caseId).toList());
        return rows;
    }

    /** The decisions the actor's court recorded, newest first. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<CourtDecisionRow> decisionsOfCourt(Actor actor) {
        if (!actor.hasRole(Role.COURT_STAFF)) {
            return List.of();
        }
        List<CourtDecisionRow> rows = decisions("d.court_id = :court",
                Map.of("court", actor.institutionId().value()), false);
        recordCourt(actor, rows.stream().map(CourtDecisionRow::caseId).toList());
        return rows;
    }

    // ---------------------------------------------------------------- the case team

    /**
     * The requests of the cases the actor answers for: the assistant's own families, every family of the head's
     * centre. Those still owed first (by deadline), then the ones delivered in the last
     * {@value #DELIVERED_SHOWN_DAYS} days.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<OpinionRequestRow> forCaseTeam(Actor actor) {
        Optional<Scope> scope = caseTeam(actor);
        if (scope.isEmpty()) {
            return List.of();
        }
        LocalDate today = policy.today();
        List<OpinionRequestRow> rows = jdbc.sql("select " + COLUMNS + """
                         from court_opinion_request r join case_summary s on s.case_id = r.case_id
                        where\s""" + scope.get().condition() + """
                         and (r.status not in ('DELIVERED', 'WITHDRAWN')
                              or r.status = 'DELIVERED' and r.delivered_at >= :since)
                        order by case when r.status in ('DELIVERED', 'WITHDRAWN') then 1 else 0 end,
                            case when r.status not in ('DELIVERED', 'WITHDRAWN') then r.deadline end,
                            r.position desc""")
                .params(scope.get().parameters())
                .param("since", today.minusDays(DELIVERED_SHOWN_DAYS).atStartOfDay(ClockConfiguration.CENTRE_ZONE)
                        .toOffsetDateTime())
                .query((row, n) -> row(row, today, true))
                .list();
        recordCaseTeam(actor, rows.stream().map(OpinionRequestRow::caseId).toList());
        return rows;
    }

    /** The court's decisions on the cases the actor answers for, newest first. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<CourtDecisionRow> decisionsForCaseTeam(Actor actor) {
        Optional<Scope> scope = caseTeam(actor);
        if (scope.isEmpty()) {
            return List.of();
        }
        List<CourtDecisionRow> rows = decisions(scope.get().condition(), scope.get().parameters(), true);
        recordCaseTeam(actor, rows.stream().map(CourtDecisionRow::caseId).toList());
        return rows;
    }

    /**
     * One request of the open case file, with its draft, for the case team (and an auditor, who only reads).
     * Empty for any other reader of the file (a coordinator reads COURT entries, never the centre's drafts), and
     * for a request of another case.
     */
    public Optional<OpinionDetails> details(CaseFile file, OpinionRequestId requestId) {
        AccessDecision decision = policy.decide(file.caseId(), file.actor());
        if (!(decision.caseTeam() || decision.bases().contains(AccessBasis.AUDIT))
                || !caseFiles.categories(file).contains(DataCategory.COURT)) {
            return Optional.empty();
        }
        LocalDate today = policy.today();
        return jdbc.sql("select " + COLUMNS + """
                        , r.family_situation, r.cooperation, r.work_plan_progress, r.assessment, r.conclusions,
                            r.draft_saved_at, r.draft_saved_by, r.return_comments, r.returned_by, r.returned_at,
                            r.submitted_at
                        from court_opinion_request r join case_summary s on s.case_id = r.case_id
                        where r.request_id = :request and r.case_id = :caseId""")
                .param("request", requestId.value())
                .param("caseId", file.caseId().value())
                .query((row, n) -> {
                    OpinionRequestRow summary = row(row, today, true);
                    return new OpinionDetails(summary.requestId(), summary.caseId(), summary.familyName(),
                            summary.court(), summary.reference(), summary.questions(), summary.requestedOn(),
                            summary.deadline(), summary.status(), summary.overdue(), summary.dueSoon(),
                            new OpinionText(row.getString("family_situation"), row.getString("cooperation"),
                                    row.getString("work_plan_progress"), row.getString("assessment"),
                                    row.getString("conclusions")),
                            instant(row, "draft_saved_at"), row.getString("draft_saved_by"),
                            row.getString("return_comments"), row.getString("returned_by"),
                            instant(row, "returned_at"), instant(row, "submitted_at"), row.getString("author_name"),
                            summary.delivery(), summary.withdrawnOn(), summary.withdrawalReason());
                })
                .optional();
    }

    // ---------------------------------------------------------------- documents and status

    /**
     * The delivered opinion's document, for the court that asked for it, the case team and auditors; the
     * reading is recorded first. Empty for anyone else, and before delivery.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<OpinionDocument> document(OpinionRequestId requestId, Actor actor) {
        Optional<Found> found = find(requestId).filter(request -> request.status() == OpinionStatus.DELIVERED);
        if (found.isEmpty() || !mayReadDelivered(found.get(), actor)) {
            return Optional.empty();
        }
        Found request = found.get();
        String purpose = actor.hasRole(Role.COURT_STAFF) && actor.institutionId().equals(request.court())
                ? courtPurpose() : policy.decide(request.caseId(), actor).purpose();
        accessLog.record(actor, AccessView.OPINION_DOCUMENT, List.of(request.caseId()), READ, purpose, null);
        return documents.read(requestId, request.sha256())
                .map(stored -> new OpinionDocument(stored.fileName(), stored.content(), stored.sha256()));
    }

    /**
     * Where the request stands, for its court and the case team; empty for anyone else. A status names no
     * family, so it is not recorded: screens ask it while they wait for what they just did to be projected.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<OpinionStatus> status(OpinionRequestId requestId, Actor actor) {
        return find(requestId)
                .filter(request -> actor.hasRole(Role.COURT_STAFF) && actor.institutionId().equals(request.court())
                        || policy.decide(request.caseId(), actor).caseTeam())
                .map(Found::status);
    }

    /**
     * Whether the read side has the decision, for its court; a yes or no names no family and is not recorded.
     * The court's page asks it while it waits for a decision just recorded.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean knows(CourtDecisionId decisionId, Actor actor) {
        return actor.hasRole(Role.COURT_STAFF) && jdbc.sql("""
                        select count(*) from court_decision where decision_id = :decision and court_id = :court""")
                .param("decision", decisionId.value())
                .param("court", actor.institutionId().value())
                .query(Integer.class)
                .single() > 0;
    }

    /** The case and the court of a request, for the documents and the status. */
    Optional<Found> find(OpinionRequestId requestId) {
        return jdbc.sql("""
                        select case_id, court_id, status, document_sha256 from court_opinion_request
                        where request_id = :request""")
                .param("request", requestId.value())
                .query((row, n) -> new Found(new CaseId(row.getString("case_id")),
                        new InstitutionId(row.getString("court_id")), OpinionStatus.valueOf(row.getString("status")),
                        row.getString("document_sha256")))
                .optional();
    }

    record Found(CaseId caseId, InstitutionId court, OpinionStatus status, String sha256) {
    }

    // ---------------------------------------------------------------- helpers

    private record Scope(String condition, Map<String, Object> parameters) {
    }

    /** The assistant's families and the head's centre: the people the statute has write and approve opinions. */
    private static Optional<Scope> caseTeam(Actor actor) {
        List<String> conditions = new ArrayList<>();
        if (actor.hasRole(Role.FAMILY_ASSISTANT)) {
            conditions.add("s.assistant_id = :actorId");
        }
        if (actor.hasRole(Role.CENTRE_HEAD)) {
            conditions.add("s.centre = :actorInstitution");
        }
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("actorId", actor.userId().value());
        parameters.put("actorInstitution", actor.institutionId().value());
        return Optional.of(new Scope("(" + String.join(" or ", conditions) + ")", parameters));
    }

    private boolean mayReadDelivered(Found request, Actor actor) {
        if (actor.hasRole(Role.COURT_STAFF) && actor.institutionId().equals(request.court())) {
            return true;
        }
        AccessDecision decision = policy.decide(request.caseId(), actor);
        return decision.caseTeam() || decision.bases().contains(AccessBasis.AUDIT);
    }

    private List<CourtDecisionRow> decisions(String condition, Map<String, Object> parameters,
                                             boolean forCaseTeam) {
        return jdbc.sql("""
                        select d.decision_id, d.request_id, d.case_id, s.family_name, d.kind, d.decided_on,
                            d.reference, d.summary, d.recorded_by, d.recorded_at, s.court_ordered
                        from court_decision d join case_summary s on s.case_id = d.case_id
                        where\s""" + condition + " order by d.position desc")
                .params(parameters)
                .query((row, n) -> {
                    CourtDecisionKind kind = CourtDecisionKind.valueOf(row.getString("kind"));
                    return new CourtDecisionRow(new CourtDecisionId(row.getString("decision_id")),
                            new OpinionRequestId(row.getString("request_id")), new CaseId(row.getString("case_id")),
                            row.getString("family_name"), kind, row.getObject("decided_on", LocalDate.class),
                            new CourtReference(row.getString("reference")), row.getString("summary"),
                            row.getString("recorded_by"), instant(row, "recorded_at"),
                            forCaseTeam && kind == CourtDecisionKind.ORDER_TO_WORK_WITH_ASSISTANT
                                    && !row.getBoolean("court_ordered"));
                })
                .list();
    }

    private void recordCourt(Actor actor, List<CaseId> caseIds) {
        if (!caseIds.isEmpty()) {
            accessLog.record(actor, AccessView.COURT_OPINIONS, caseIds, READ, courtPurpose(), null);
        }
    }

    private void recordCaseTeam(Actor actor, List<CaseId> caseIds) {
        if (!caseIds.isEmpty()) {
            accessLog.record(actor, AccessView.CASE_LIST, caseIds, READ, AccessBasis.CASE_WORK.name(), null);
        }
    }

    /** Why the court reads: its proceedings in which it asked the centre for an opinion. */
    private static String courtPurpose() {
        return "COURT_OPINION";
    }

    private static OpinionRequestRow row(ResultSet row, LocalDate today, boolean forCaseTeam) throws SQLException {
        OpinionStatus status = OpinionStatus.valueOf(row.getString("status"));
        LocalDate deadline = row.getObject("deadline", LocalDate.class);
        OpinionRequestRow.Delivery delivery = status != OpinionStatus.DELIVERED ? null
                : new OpinionRequestRow.Delivery(instant(row, "delivered_at"), row.getString("author_name"),
                        row.getString("approver_name"), row.getString("document_sha256"),
                        row.getLong("case_position"), instant(row, "case_as_of"));
        return new OpinionRequestRow(new OpinionRequestId(row.getString("request_id")),
                new CaseId(row.getString("case_id")), row.getString("family_name"),
                new InstitutionId(row.getString("court_id")), new CourtReference(row.getString("reference")),
                row.getString("questions"), row.getObject("requested_on", LocalDate.class), deadline, status,
                CourtOpinionRequest.overdue(status, deadline, today),
                CourtOpinionRequest.dueSoon(status, deadline, today),
                forCaseTeam ? row.getString("assistant_name") : null, delivery,
                row.getObject("withdrawn_on", LocalDate.class), row.getString("withdrawal_reason"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
