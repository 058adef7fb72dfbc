package pl.asysta.cases.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pl.asysta.cases.access.AccessAlertRow;
import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.AccessRecordRow;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.cases.sharing.domain.ConsentId;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.sharing.domain.GrantId;
import pl.asysta.cases.sharing.domain.RevocationReason;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;

/**
 * The consent ledger and the grants of an open case file, for those who may read its CONSENT information, and
 * "who looked at this file" for its assistant and the head of its centre.
 */
@Service
@Transactional(readOnly = true)
public class SharingQueries {

    private static final int OPENINGS_SHOWN = 200;

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final AccessPolicy policy;
    private final AccessLog accessLog;

    SharingQueries(JdbcClient jdbc, CaseFiles caseFiles, AccessPolicy policy, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.policy = policy;
        this.accessLog = accessLog;
    }

    /** The consents of the case, oldest first. */
    public List<ConsentRow> consents(CaseFile file) {
        if (!caseFiles.categories(file).contains(DataCategory.CONSENT)) {
            return List.of();
        }
        LocalDate today = caseFiles.dayOf(file);
        return jdbc.sql("select * from sharing_consent where case_id = :caseId order by position")
                .param("caseId", file.caseId().value())
                .query((row, n) -> {
                    LocalDate withdrawn = row.getObject("withdrawn_on", LocalDate.class);
                    LocalDate until = row.getObject("valid_until", LocalDate.class);
                    return new ConsentRow(new ConsentId(row.getString("consent_id")), row.getString("person"),
                            new InstitutionId(row.getString("institution_id")), categories(row),
                            row.getString("purpose"), row.getObject("given_on", LocalDate.class), until,
                            row.getString("form_reference"), row.getString("recorded_by"), withdrawn,
                            row.getString("withdrawal_note"), withdrawn == null && !until.isBefore(today));
                })
                .list();
    }

    /** The grants of the case, oldest first, each with its state on the file's day (today for the present). */
    public List<GrantRow> grants(CaseFile file) {
        if (!caseFiles.categories(file).contains(DataCategory.CONSENT)) {
            return List.of();
        }
        LocalDate today = caseFiles.dayOf(file);
        return jdbc.sql("select * from access_grant where case_id = :caseId order by position")
                .param("caseId", file.caseId().value())
                .query((row, n) -> grant(row, today))
                .list();
    }

    /**
     * Who opened the case file, newest first: for its assistant and the head of its centre only (others get an
     * empty list).
     */
    public List<AccessRecordRow> openings(CaseFile file) {
        boolean mayKnow = policy.decide(file.caseId(), file.actor()).caseTeam()
                && (file.actor().hasRole(Role.FAMILY_ASSISTANT) || file.actor().hasRole(Role.CENTRE_HEAD));
        return mayKnow ? accessLog.openingsOf(file.caseId(), OPENINGS_SHOWN) : List.of();
    }

    /**
     * The assistant's alerts: people outside the case team who opened one of their cases, not yet acknowledged.
     * The families' names are a read like any list, and recorded.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<AccessAlertRow> alertsFor(Actor actor) {
        if (!actor.hasRole(Role.FAMILY_ASSISTANT)) {
            return List.of();
        }
        List<AccessAlertRow> alerts = accessLog.openAlerts(actor.userId());
        if (!alerts.isEmpty()) {
            accessLog.record(actor, AccessView.CASE_LIST, alerts.stream().map(AccessAlertRow::caseId).toList(),
                    Set.of(DataCategory.BASIC), AccessBasis.CASE_WORK.name(), null);
        }
        return alerts;
    }

    /** The assistant has seen the alert. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void acknowledge(long recordId, Actor actor) {
        accessLog.acknowledge(recordId, actor.userId());
    }

    private static GrantRow grant(ResultSet row, LocalDate today) throws SQLException {
        LocalDate revoked = row.getObject("revoked_on", LocalDate.class);
        LocalDate until = row.getObject("valid_until", LocalDate.class);
        GrantState state = revoked != null ? GrantState.REVOKED
                : until.isBefore(today) ? GrantState.EXPIRED : GrantState.ACTIVE;
        String consent = row.getString("consent_id");
        String revocation = row.getString("revocation");
        return new GrantRow(new GrantId(row.getString("grant_id")), new InstitutionId(row.getString("institution_id")),
                categories(row), row.getString("purpose"), GrantBasis.valueOf(row.getString("basis")),
                row.getString("basis_reference"), consent == null ? null : new ConsentId(consent),
                row.getObject("valid_from", LocalDate.class), until, row.getString("granted_by"), revoked,
                revocation == null ? null : RevocationReason.valueOf(revocation), row.getString("revocation_note"),
                state);
    }

    private static Set<DataCategory> categories(ResultSet row) throws SQLException {
        return AccessPolicy.categories(List.of(row.getString("categories")));
    }
}
