package pl.asysta.cases.familycase;

import static pl.asysta.cases.familycase.CaseColumns.date;
import static pl.asysta.cases.familycase.CaseColumns.instant;
import static pl.asysta.cases.familycase.CaseColumns.owner;
import static pl.asysta.cases.familycase.CaseColumns.userId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
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

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.familycase.CaseDetails.ConsentRow;
import pl.asysta.cases.familycase.CaseDetails.CourtOrderRow;
import pl.asysta.cases.familycase.CaseDetails.FosterPlacementRow;
import pl.asysta.cases.familycase.CaseDetails.MemberRow;
import pl.asysta.cases.familycase.CaseDetailsRedaction.Part;
import pl.asysta.cases.familycase.PlanVersionDetails.ConsultationRow;
import pl.asysta.cases.familycase.PlanVersionDetails.PlanActionRow;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * The content of a family's case file: its header and the versions of its work plan. They are read only through
 * an open {@link CaseFile}, which {@link CaseFiles#open} makes after recording the opening in the access log, and
 * show no more than the categories the reader may read now under the {@link AccessPolicy}; a case they may not
 * open is answered exactly like a case that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class CaseFileQueries {

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;

    CaseFileQueries(JdbcClient jdbc, CaseFiles caseFiles) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
    }

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

    /**
     * The header of the open file as its reader may see it ({@link CaseDetailsRedaction}): nothing of a category
     * they may not read, and nothing at all once they may read none. Members are aged on the file's day.
     */
    public Optional<CaseDetails> details(CaseFile file) {
        Set<DataCategory> readable = caseFiles.categories(file);
        if (readable.isEmpty()) {
            return Optional.empty();
        }
        return header(file.caseId(), caseFiles.dayOf(file), readable)
                .map(full -> CaseDetailsRedaction.redact(full, readable));
    }

    /** Every version of the work plan, newest first; earlier versions stay as they were adopted. */
    public List<PlanVersionDetails> workPlan(CaseFile file) {
        if (!caseFiles.categories(file).contains(DataCategory.PLAN)) {
            return List.of();
        }
        CaseId caseId = file.caseId();
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
     * The header as the read model holds it. The parts kept in tables of their own (members, foster placements,
     * the support catalogue) are read only when the reader may see them; the rest is one row, read whole.
     */
    private Optional<CaseDetails> header(CaseId caseId, LocalDate today, Set<DataCategory> readable) {
        List<MemberRow> members = Part.COMPOSITION.readableWith(readable) ? members(caseId, today) : List.of();
        List<FosterPlacementRow> placements = Part.FOSTER_PLACEMENTS.readableWith(readable)
                ? placements(caseId) : List.of();
        List<SupportItem> catalogue = Part.SUPPORT_CATALOGUE.readableWith(readable) ? catalogue(caseId) : List.of();
        return jdbc.sql("select * from case_summary s where s.case_id = :caseId")
                .param("caseId", caseId.value())
                .query((row, n) -> {
                    boolean consentInForce = row.getBoolean("consent_in_force");
                    boolean courtOrdered = row.getBoolean("court_ordered");
                    CaseStatus status = CaseStatus.valueOf(row.getString("status"));
                    return new CaseDetails(caseId, row.getString("family_name"), status,
                            new InstitutionId(row.getString("centre")), members,
                            new Address(row.getString("street"), row.getString("postal_code"), row.getString("town")),
                            new Contact(row.getString("phone"), row.getString("email")),
                            LegalBasisKind.of(consentInForce, courtOrdered), consent(row, consentInForce),
                            courtOrdered ? courtOrder(row) : null,
                            row.getBoolean("assistant_requested"), userId(row, "assistant_id"),
                            row.getString("assistant_name"), date(row, "assistant_since"),
                            userId(row, "social_worker_id"), row.getString("social_worker_name"),
                            row.getInt("plan_version"), date(row, "last_assessment_on"),
                            status == CaseStatus.ACTIVE ? date(row, "next_assessment_due") : null,
                            valueOf(ClosureReason.class, row.getString("closure_reason")),
                            row.getString("closure_summary"), date(row, "closed_on"), date(row, "monitoring_until"),
                            valueOf(MonitoringOutcome.class, row.getString("monitoring_outcome")), placements,
                            valueOf(ZaZyciemGround.class, row.getString("za_zyciem_ground")), catalogue, readable);
                })
                .optional();
    }

    /** The consent last recorded, withdrawn or not; {@code null} before the first. */
    private static ConsentRow consent(ResultSet row, boolean inForce) throws SQLException {
        String person = row.getString("consenting_person");
        return person == null ? null : new ConsentRow(person, date(row, "consent_given_on"),
                row.getString("consent_document_reference"), inForce, date(row, "consent_withdrawn_on"));
    }

    private static CourtOrderRow courtOrder(ResultSet row) throws SQLException {
        return new CourtOrderRow(row.getString("court"), row.getString("court_file_reference"),
                date(row, "court_order_issued_on"));
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private List<MemberRow> members(CaseId caseId, LocalDate today) {
        return jdbc.sql("""
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
    }

    private List<FosterPlacementRow> placements(CaseId caseId) {
        return jdbc.sql("""
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
    }

    /** The catalogue as last drawn up: the items of the latest event that drew one up. */
    private List<SupportItem> catalogue(CaseId caseId) {
        return jdbc.sql("""
                        select support, provider from case_support_item
                        where case_id = :caseId
                          and position = (select max(position) from case_support_item where case_id = :caseId)
                        order by item_no""")
                .param("caseId", caseId.value())
                .query((row, n) -> new SupportItem(row.getString("support"), row.getString("provider")))
                .list();
    }
}
