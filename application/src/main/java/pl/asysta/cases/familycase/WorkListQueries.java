package pl.asysta.cases.familycase;

import static pl.asysta.cases.familycase.CaseColumns.date;
import static pl.asysta.cases.familycase.CaseColumns.instant;
import static pl.asysta.cases.familycase.CaseColumns.owner;
import static pl.asysta.cases.familycase.CaseColumns.userId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * Each person's work lists of family cases: the families they may see, the requests waiting for an assistant, the
 * plan actions and assessments falling due, and the assistants' caseloads against the cap. Every list holds only
 * the cases the {@link AccessPolicy} lets the actor see, and a list with families' names is recorded in the
 * {@link AccessLog} before it is returned. "Today" is the day in the centre's zone.
 */
@Service
@Transactional(readOnly = true)
public class WorkListQueries {

    private static final String SUMMARY_COLUMNS = """
            s.case_id, s.family_name, s.status, s.centre, s.assistant_id, s.assistant_name, s.social_worker_name,
            s.consent_in_force, s.court_ordered, s.next_assessment_due, s.monitoring_until, s.za_zyciem_ground,
            s.foster_care""";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AccessLog accessLog;
    private final Clock clock;

    WorkListQueries(JdbcClient jdbc, AccessPolicy policy, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * The families the actor may see in some category, by family name: the assistant's own, the centre's for its
     * social workers and head, those a grant opens to another institution.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<CaseSummary> casesFor(Actor actor) {
        AccessPolicy.CaseScope scope = policy.cases(actor);
        LocalDate today = today();
        return recorded(actor, jdbc.sql("select " + SUMMARY_COLUMNS + " from case_summary s where "
                        + scope.condition() + " order by s.family_name, s.case_id")
                .params(scope.parameters())
                .query((row, n) -> summary(row, today))
                .list(), CaseSummary::caseId);
    }

    /** Cases in intake that wait for an assistant: requested by the social worker or ordered by a court. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<AssignmentRequestRow> awaitingAssignment(Actor actor) {
        AccessPolicy.CaseScope scope = policy.caseWork(actor);
        return recorded(actor, jdbc.sql("""
                        select s.case_id, s.family_name, s.social_worker_name, s.assistant_requested_at,
                            s.request_justification, s.court_ordered, s.consent_in_force
                        from case_summary s
                        where s.status = 'INTAKE' and (s.assistant_requested or s.court_ordered) and\s"""
                        + scope.condition()
                        + " order by coalesce(s.assistant_requested_at, s.registered_at), s.case_id")
                .params(scope.parameters())
                .query((row, n) -> new AssignmentRequestRow(new CaseId(row.getString("case_id")),
                        row.getString("family_name"), row.getString("social_worker_name"),
                        instant(row, "assistant_requested_at"), row.getString("request_justification"),
                        row.getBoolean("court_ordered"),
                        LegalBasisKind.of(row.getBoolean("consent_in_force"), row.getBoolean("court_ordered"))))
                .list(), AssignmentRequestRow::caseId);
    }

    /**
     * Open actions of the current plans of active cases with a deadline before {@code to}; those before
     * {@code from} (usually today) are overdue and come first.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<DueActionRow> actionsDueFor(LocalDate from, LocalDate to, Actor actor) {
        AccessPolicy.CaseScope scope = policy.caseWork(actor);
        return recorded(actor, jdbc.sql("""
                        select s.case_id, s.family_name, s.plan_version, a.action_id, a.description, a.owner_kind,
                            a.owner_name, a.owner_reference, a.deadline, a.expected_effect
                        from case_summary s
                        join case_plan_action a on a.case_id = s.case_id and a.version = s.plan_version
                        join case_plan_action_state st on st.case_id = a.case_id and st.action_id = a.action_id
                        where s.status = 'ACTIVE' and st.status = 'OPEN' and a.deadline < :to and\s"""
                        + scope.condition() + " order by a.deadline, s.family_name, a.ordinal")
                .params(scope.parameters())
                .param("to", to)
                .query((row, n) -> {
                    LocalDate deadline = date(row, "deadline");
                    return new DueActionRow(new CaseId(row.getString("case_id")), row.getString("family_name"),
                            row.getInt("plan_version"), row.getString("action_id"), row.getString("description"),
                            owner(row), deadline, row.getString("expected_effect"), deadline.isBefore(from));
                })
                .list(), DueActionRow::caseId, DataCategory.BASIC, DataCategory.PLAN);
    }

    /** Active cases whose periodic assessment is overdue on {@code today} or due within 30 days, overdue first. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<AssessmentDueRow> assessmentsDue(LocalDate today, Actor actor) {
        AccessPolicy.CaseScope scope = policy.caseWork(actor);
        return recorded(actor, jdbc.sql("""
                        select s.case_id, s.family_name, s.assistant_id, s.assistant_name, s.last_assessment_on,
                            s.next_assessment_due
                        from case_summary s
                        where s.status = 'ACTIVE' and s.next_assessment_due <= :horizon and\s"""
                        + scope.condition() + " order by s.next_assessment_due, s.family_name, s.case_id")
                .params(scope.parameters())
                .param("horizon", today.plusDays(CaseRules.ASSESSMENT_DUE_SOON_DAYS))
                .query((row, n) -> {
                    LocalDate due = date(row, "next_assessment_due");
                    return new AssessmentDueRow(new CaseId(row.getString("case_id")), row.getString("family_name"),
                            userId(row, "assistant_id"), row.getString("assistant_name"),
                            date(row, "last_assessment_on"), due, CaseRules.assessmentOverdue(due, today));
                })
                .list()
                .stream()
                .filter(row -> row.overdue() || CaseRules.assessmentDueSoon(row.due(), today))
                .toList(), AssessmentDueRow::caseId, DataCategory.BASIC, DataCategory.ASSESSMENT);
    }

    /** For a head: each assistant of their centre with the families they work with now, against the cap. */
    public List<CaseloadRow> caseloads(Actor actor) {
        Optional<InstitutionId> centre = policy.caseloadsOf(actor);
        if (centre.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.assistant_id, a.assistant_name,
                            (select count(*) from case_caseload c
                             where c.assistant_id = a.assistant_id and c.active) as active_families,
                            (select count(*) from case_summary s
                             where s.assistant_id = a.assistant_id and s.status = 'ACTIVE'
                               and s.next_assessment_due < :today) as overdue_assessments
                        from case_assistant a where a.centre = :centre
                        order by a.assistant_name, a.assistant_id""")
                .param("centre", centre.get().value())
                .param("today", today())
                .query((row, n) -> new CaseloadRow(new UserId(row.getString("assistant_id")),
                        row.getString("assistant_name"), row.getInt("active_families"),
                        CaseRules.MAX_FAMILIES_PER_ASSISTANT, row.getInt("overdue_assessments")))
                .list();
    }

    /**
     * Records that the actor is shown these cases' names (BASIC) before the list is returned; an empty list needs
     * no record.
     */
    private <T> List<T> recorded(Actor actor, List<T> rows, Function<T, CaseId> caseId,
                                 DataCategory... categories) {
        if (!rows.isEmpty()) {
            accessLog.record(actor, AccessView.CASE_LIST, rows.stream().map(caseId).toList(),
                    categories.length == 0 ? Set.of(DataCategory.BASIC) : Set.of(categories),
                    policy.listPurpose(actor), null);
        }
        return rows;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
    }

    private static CaseSummary summary(ResultSet row, LocalDate today) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(row.getString("status"));
        LocalDate due = status == CaseStatus.ACTIVE ? date(row, "next_assessment_due") : null;
        return new CaseSummary(new CaseId(row.getString("case_id")), row.getString("family_name"), status,
                new InstitutionId(row.getString("centre")), userId(row, "assistant_id"),
                row.getString("assistant_name"), row.getString("social_worker_name"),
                LegalBasisKind.of(row.getBoolean("consent_in_force"), row.getBoolean("court_ordered")), due,
                due != null && CaseRules.assessmentOverdue(due, today),
                due != null && CaseRules.assessmentDueSoon(due, today),
                status == CaseStatus.MONITORING || status == CaseStatus.CLOSED ? date(row, "monitoring_until") : null,
                row.getString("za_zyciem_ground") != null, row.getBoolean("foster_care"));
    }
}
