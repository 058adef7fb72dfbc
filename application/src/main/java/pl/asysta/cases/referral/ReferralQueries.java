package pl.asysta.cases.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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
import pl.asysta.cases.referral.domain.Referral;
import pl.asysta.cases.referral.domain.ReferralId;
import pl.asysta.cases.referral.domain.ReferralStatus;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;

/**
 * Referrals as people see them: those of an open case file (each only in a category the reader may see), an
 * institution's inbox, and the case team's overdue ones. Lists name families, so they are recorded in the
 * access log before they are returned.
 */
@Service
@Transactional(readOnly = true)
public class ReferralQueries {

    /** The roles in which staff of another institution work through their inbox. */
    private static final Set<Role> INBOX_ROLES =
            Set.of(Role.INSTITUTION_STAFF, Role.TEAM_MEMBER, Role.FOSTER_CARE_COORDINATOR);

    private static final String COLUMNS = """
            r.referral_id, r.case_id, s.family_name, r.institution_id, r.category, r.purpose, r.question,
            r.deadline, r.referred_on, r.referred_by, r.status, r.replied_on, r.replied_by, r.decline_reason,
            r.answer""";

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final AccessPolicy policy;
    private final AccessLog accessLog;

    ReferralQueries(JdbcClient jdbc, CaseFiles caseFiles, AccessPolicy policy, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.policy = policy;
        this.accessLog = accessLog;
    }

    /** The referrals of the case in categories the reader may see, newest first. */
    public List<ReferralRow> ofCase(CaseFile file) {
        Set<DataCategory> categories = caseFiles.categories(file);
        if (categories.isEmpty()) {
            return List.of();
        }
        LocalDate today = caseFiles.dayOf(file);
        return jdbc.sql("select " + COLUMNS + " from referral r join case_summary s on s.case_id = r.case_id "
                        + "where r.case_id = :caseId and r.category in (:categories) order by r.position desc")
                .param("caseId", file.caseId().value())
                .param("categories", categories.stream().map(Enum::name).toList())
                .query((row, n) -> row(row, today))
                .list();
    }

    /**
     * The referrals sent to the actor's institution, those still awaiting an answer first (by deadline), then
     * the replied ones, newest first. Empty for roles that do not reply to referrals.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<ReferralRow> inbox(Actor actor) {
        if (actor.roles().stream().noneMatch(INBOX_ROLES::contains)) {
            return List.of();
        }
        LocalDate today = policy.today();
        List<ReferralRow> rows = jdbc.sql("select " + COLUMNS + """
                         from referral r join case_summary s on s.case_id = r.case_id
                        where r.institution_id = :institution
                        order by case when r.status in ('OPEN', 'ACCEPTED') then 0 else 1 end,
                            case when r.status in ('OPEN', 'ACCEPTED') then r.deadline end,
                            r.position desc""")
                .param("institution", actor.institutionId().value())
                .query((row, n) -> row(row, today))
                .list();
        if (!rows.isEmpty()) {
            accessLog.record(actor, AccessView.REFERRAL_INBOX, rows.stream().map(ReferralRow::caseId).toList(),
                    rows.stream().map(ReferralRow::category).collect(java.util.stream.Collectors.toSet()),
                    "REFERRAL", null);
        }
        return rows;
    }

    /** The referrals of the actor's own cases (as the case team) that are overdue or due within three days. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<ReferralRow> dueFor(Actor actor) {
        AccessPolicy.CaseScope scope = policy.caseWork(actor);
        LocalDate today = policy.today();
        List<ReferralRow> rows = jdbc.sql("select " + COLUMNS + """
                         from referral r join case_summary s on s.case_id = r.case_id
                        where r.status in ('OPEN', 'ACCEPTED') and r.deadline <= :horizon and\s"""
                        + scope.condition() + " order by r.deadline, s.family_name")
                .params(scope.parameters())
                .param("horizon", today.plusDays(3))
                .query((row, n) -> row(row, today))
                .list();
        if (!rows.isEmpty()) {
            accessLog.record(actor, AccessView.CASE_LIST, rows.stream().map(ReferralRow::caseId).toList(),
                    Set.of(DataCategory.BASIC), AccessBasis.CASE_WORK.name(), null);
        }
        return rows;
    }

    /**
     * Where the referral stands, for the institution it was sent to and the case team; empty for anyone else.
     * A status names no family, so it is not recorded: screens ask it while they wait for a reply they just sent
     * to reach the read side.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<ReferralStatus> status(ReferralId referralId, Actor actor) {
        record Found(CaseId caseId, String institution, ReferralStatus status) {
        }
        return jdbc.sql("select case_id, institution_id, status from referral where referral_id = :referralId")
                .param("referralId", referralId.value())
                .query((row, n) -> new Found(new CaseId(row.getString("case_id")), row.getString("institution_id"),
                        ReferralStatus.valueOf(row.getString("status"))))
                .optional()
                .filter(found -> found.institution().equals(actor.institutionId().value())
                        || policy.decide(found.caseId(), actor).caseTeam())
                .map(Found::status);
    }

    private static ReferralRow row(ResultSet row, LocalDate today) throws SQLException {
        ReferralStatus status = ReferralStatus.valueOf(row.getString("status"));
        LocalDate deadline = row.getObject("deadline", LocalDate.class);
        return new ReferralRow(new ReferralId(row.getString("referral_id")), new CaseId(row.getString("case_id")),
                row.getString("family_name"), new pl.asysta.shared.InstitutionId(row.getString("institution_id")),
                DataCategory.valueOf(row.getString("category")), row.getString("purpose"), row.getString("question"),
                deadline, row.getObject("referred_on", LocalDate.class), row.getString("referred_by"), status,
                row.getObject("replied_on", LocalDate.class), row.getString("replied_by"),
                row.getString("decline_reason"), row.getString("answer"),
                Referral.overdue(status, deadline, today), Referral.dueSoon(status, deadline, today));
    }
}
