package pl.asysta.cases.familycase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.access.domain.AccessDecision;
import pl.asysta.cases.familycase.CaseDetails.ConsentRow;
import pl.asysta.cases.familycase.CaseDetails.CourtOrderRow;
import pl.asysta.cases.familycase.CaseDetails.FosterPlacementRow;
import pl.asysta.cases.familycase.CaseDetails.MemberRow;
import pl.asysta.cases.familycase.PlanVersionDetails.ConsultationRow;
import pl.asysta.cases.familycase.PlanVersionDetails.PlanActionRow;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * What the screens ask about family cases. Every answer is limited to what the signed-in actor may see under the
 * access policy ({@link AccessPolicy}); a case they may not see is answered exactly like a case that does not
 * exist. Nothing of a case is returned before the read is recorded in the {@link AccessLog}: a case's content is
 * read through a {@link CaseFile} that only {@link #open} makes, after recording the opening, and a list with the
 * families' names is recorded before it is returned. "Today" is the day in the centre's zone.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    private static final String SUMMARY_COLUMNS = """
            s.case_id, s.family_name, s.status, s.centre, s.assistant_id, s.assistant_name, s.social_worker_name,
            s.consent_in_force, s.court_ordered, s.next_assessment_due, s.monitoring_until, s.za_zyciem_ground,
            s.foster_care""";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final CaseFiles caseFiles;
    private final AccessLog accessLog;
    private final Clock clock;

    CaseQueries(JdbcClient jdbc, AccessPolicy policy, CaseFiles caseFiles, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.caseFiles = caseFiles;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- opening a case file

    /** Opens the file and reads its header in one step: one access record per call. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<CaseDetails> details(CaseId caseId, Actor actor) {
        return caseFiles.open(caseId, actor).flatMap(this::details);
    }

    /** Opens the file and reads its work plan in one step: one access record per call. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<PlanVersionDetails> workPlan(CaseId caseId, Actor actor) {
        return caseFiles.open(caseId, actor).map(this::workPlan).orElse(List.of());
    }

    // ---------------------------------------------------------------- lists

    /** The families the actor may see, by family name: the assistant's own, the centre's for the head ... */
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

    // ---------------------------------------------------------------- the content of an open case file

    /**
     * The header of the open file, with nothing of a category the reader may not read: family composition and
     * contact are BASIC, the court order and foster placements COURT, the consent CONSENT, "Za życiem" HEALTH and
     * the support catalogue SUPPORT. The family's name identifies the case and is always shown.
     */
    public Optional<CaseDetails> details(CaseFile file) {
        CaseId caseId = file.caseId();
        Set<DataCategory> categories = caseFiles.categories(file);
        if (categories.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = caseFiles.dayOf(file);
        boolean seesBasic = categories.contains(DataCategory.BASIC);
        boolean seesCourt = categories.contains(DataCategory.COURT);
        boolean seesPlan = categories.contains(DataCategory.PLAN);
        boolean seesAssessment = categories.contains(DataCategory.ASSESSMENT);
        List<MemberRow> members = !seesBasic ? List.of() : jdbc.sql("""
                        select member_id, first_name, last_name, kinship, birth_date from case_member
                        where case_id = :caseId order by ordinal""")
                .param("caseId", caseId.value())
                .query((row, n) -> {
                    LocalDate birthDate = date(row, "birth_date");
                    return new MemberRow(row.getString("member_id"), row.getString("first_name"),
                            row.getString("last_name"), Kinship.valueOf(row.getString("kinship")), birthDate,
                            birthDate == null ? null : Period.between(birthDate, today).getYears());
                })
                .list();
        List<FosterPlacementRow> placements = !seesCourt ? List.of() : jdbc.sql("""
                        select p.member_id, m.first_name || ' ' || m.last_name as child_name, p.placed_on,
                            p.placement, p.coordinator_id, p.coordinator_name, p.child_assistance_plan_reference
                        from case_foster_placement p
                        left join case_member m on m.case_id = p.case_id and m.member_id = p.member_id
                        where p.case_id = :caseId order by p.position""")
                .param("caseId", caseId.value())
                .query((row, n) -> new FosterPlacementRow(row.getString("member_id"), row.getString("child_name"),
                        date(row, "placed_on"), row.getString("placement"),
                        new UserId(row.getString("coordinator_id")), row.getString("coordinator_name"),
                        row.getString("child_assistance_plan_reference")))
                .list();
        List<SupportItem> catalogue = categories.contains(DataCategory.SUPPORT)
                ? jdbc.sql("""
                        select support, provider from case_support_item
                        where case_id = :caseId
                          and position = (select max(position) from case_support_item where case_id = :caseId)
                        order by item_no""")
                .param("caseId", caseId.value())
                .query((row, n) -> new SupportItem(row.getString("support"), row.getString("provider")))
                .list()
                : List.of();
        boolean seesConsent = categories.contains(DataCategory.CONSENT);
        boolean seesHealth = categories.contains(DataCategory.HEALTH);
        return jdbc.sql("select * from case_summary s where s.case_id = :caseId")
                .param("caseId", caseId.value())
                .query((row, n) -> {
                    boolean consentInForce = row.getBoolean("consent_in_force");
                    boolean courtOrdered = row.getBoolean("court_ordered");
                    CaseStatus status = CaseStatus.valueOf(row.getString("status"));
                    ConsentRow consent = !seesConsent || row.getString("consenting_person") == null ? null
                            : new ConsentRow(row.getString("consenting_person"), date(row, "consent_given_on"),
                            row.getString("consent_document_reference"), consentInForce,
                            date(row, "consent_withdrawn_on"));
                    CourtOrderRow courtOrder = !courtOrdered || !seesCourt ? null
                            : new CourtOrderRow(row.getString("court"), row.getString("court_file_reference"),
                            date(row, "court_order_issued_on"));
                    return new CaseDetails(caseId, row.getString("family_name"), status,
                            new InstitutionId(row.getString("centre")), members,
                            !seesBasic ? null : new Address(row.getString("street"), row.getString("postal_code"),
                                    row.getString("town")),
                            !seesBasic ? null : new Contact(row.getString("phone"), row.getString("email")),
                            LegalBasisKind.of(consentInForce, courtOrdered), consent, courtOrder,
                            row.getBoolean("assistant_requested"), userId(row, "assistant_id"),
                            row.getString("assistant_name"), date(row, "assistant_since"),
                            userId(row, "social_worker_id"), row.getString("social_worker_name"),
                            seesPlan ? row.getInt("plan_version") : 0,
                            seesAssessment ? date(row, "last_assessment_on") : null,
                            seesAssessment && status == CaseStatus.ACTIVE ? date(row, "next_assessment_due") : null,
                            !seesBasic || row.getString("closure_reason") == null ? null
                                    : ClosureReason.valueOf(row.getString("closure_reason")),
                            seesBasic ? row.getString("closure_summary") : null,
                            seesBasic ? date(row, "closed_on") : null, seesBasic ? date(row, "monitoring_until") : null,
                            !seesBasic || row.getString("monitoring_outcome") == null ? null
                                    : MonitoringOutcome.valueOf(row.getString("monitoring_outcome")),
                            placements,
                            !seesHealth || row.getString("za_zyciem_ground") == null ? null
                                    : ZaZyciemGround.valueOf(row.getString("za_zyciem_ground")),
                            catalogue, categories);
                })
                .optional();
    }

    /** Every version of the work plan, newest first; earlier versions stay as they were adopted. */
    public List<PlanVersionDetails> workPlan(CaseFile file) {
        CaseId caseId = file.caseId();
        if (!caseFiles.categories(file).contains(DataCategory.PLAN)) {
            return List.of();
        }
        Map<Integer, List<PlanActionRow>> actions = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.version, a.action_id, a.description, a.owner_kind, a.owner_name, a.owner_reference,
                            a.deadline, a.expected_effect, st.status, st.last_progress_note, st.last_progress_on,
                            st.closing_note, st.closed_on
                        from case_plan_action a
                        join case_plan_action_state st on st.case_id = a.case_id and st.action_id = a.action_id
                        where a.case_id = :caseId order by a.version, a.ordinal""")
                .param("caseId", caseId.value())
                .query(row -> {
                    actions.computeIfAbsent(row.getInt("version"), version -> new ArrayList<>()).add(
                            new PlanActionRow(row.getString("action_id"), row.getString("description"), owner(row),
                                    date(row, "deadline"), row.getString("expected_effect"),
                                    ActionStatus.valueOf(row.getString("status")),
                                    row.getString("last_progress_note"), date(row, "last_progress_on"),
                                    row.getString("closing_note"), date(row, "closed_on")));
                });
        Map<Integer, List<ConsultationRow>> consultations = new LinkedHashMap<>();
        jdbc.sql("""
                        select plan_version, social_worker_name, opinion, recorded_at from case_plan_consultation
                        where case_id = :caseId order by position""")
                .param("caseId", caseId.value())
                .query(row -> {
                    consultations.computeIfAbsent(row.getInt("plan_version"), version -> new ArrayList<>()).add(
                            new ConsultationRow(row.getString("social_worker_name"), row.getString("opinion"),
                                    instant(row, "recorded_at")));
                });
        return jdbc.sql("""
                        select version, goals, adopted_on, recorded_at, author_name from case_plan_version
                        where case_id = :caseId order by version desc""")
                .param("caseId", caseId.value())
                .query((row, n) -> {
                    int version = row.getInt("version");
                    return new PlanVersionDetails(version, row.getString("goals"), date(row, "adopted_on"),
                            instant(row, "recorded_at"), row.getString("author_name"),
                            actions.getOrDefault(version, List.of()), consultations.getOrDefault(version, List.of()));
                })
                .list();
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

    // ---------------------------------------------------------------- helpers

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

    private static ActionOwner owner(ResultSet row) throws SQLException {
        return new ActionOwner(ActionOwner.Kind.valueOf(row.getString("owner_kind")), row.getString("owner_name"),
                row.getString("owner_reference"));
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static UserId userId(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : new UserId(value);
    }
}
