package pl.asysta.cases.sharing;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ProjectionRows;
import pl.asysta.cases.readmodel.ProjectionStatement;
import pl.asysta.cases.readmodel.ProjectionWrites;
import pl.asysta.cases.readmodel.ReadModelProjection;
import pl.asysta.cases.readmodel.TimelineEntries;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent.AccessGranted;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent.AccessRevoked;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent.SharingConsentRecorded;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent.SharingConsentWithdrawn;

/**
 * Projects the consent ledgers into {@code sharing_consent} and {@code access_grant} (V4), which the access
 * policy reads, and into the case timeline (CONSENT). Part of the case read model's processor: rebuilt with it,
 * idempotent like it (rows keyed by id; changes only by a newer position).
 */
@Component
@ProcessingGroup(CaseProjectionRebuild.PROCESSING_GROUP)
class SharingProjection implements ReadModelProjection {

    private static final List<String> TABLES = List.of("sharing_consent", "access_grant");

    private static final ProjectionRows CONSENT = ProjectionRows.once("sharing_consent", "consent_id", "consent_id",
            "case_id", "person", "institution_id", "categories", "purpose", "given_on", "valid_until",
            "form_reference", "recorded_by", "position", "last_position");

    private static final ProjectionStatement CONSENT_WITHDRAWN = ProjectionStatement.updates("sharing_consent", """
            update sharing_consent set withdrawn_on = ?, withdrawal_note = ?, last_position = ?
            where consent_id = ? and last_position < ?""");

    private static final ProjectionRows GRANT = ProjectionRows.once("access_grant", "grant_id", "grant_id",
            "case_id", "institution_id", "categories", "purpose", "basis", "basis_reference", "consent_id",
            "valid_from", "valid_until", "granted_by", "position", "last_position");

    private static final ProjectionStatement GRANT_REVOKED = ProjectionStatement.updates("access_grant", """
            update access_grant set revoked_on = ?, revocation = ?, revocation_note = ?, last_position = ?
            where grant_id = ? and last_position < ?""");

    /** The person whose consent a withdrawal ends, as the consent recorded them. */
    private static final TimelineEntries.Subject CONSENTING_PERSON = TimelineEntries.subject(
            "(select person from sharing_consent where consent_id = k.key)", "sharing_consent");

    private final JdbcTemplate jdbc;

    SharingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SharingLedgerEvent event, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = token.position().orElseThrow();
        ProjectionWrites writes = ProjectionWrites.current(jdbc);
        switch (event) {
            case SharingConsentRecorded e -> writes.row(CONSENT, e.consentId().value(), e.caseId().value(),
                    e.person(), e.institution().value(), AccessPolicy.stored(e.categories()), e.purpose(),
                    e.givenOn(), e.validUntil(), e.formReference(), e.recordedBy().displayName(), position, position);
            case SharingConsentWithdrawn e -> writes.later(CONSENT_WITHDRAWN, e.withdrawnOn(), e.note(), position,
                    e.consentId().value(), position);
            case AccessGranted e -> writes.row(GRANT, e.grantId().value(), e.caseId().value(),
                    e.institution().value(), AccessPolicy.stored(e.categories()), e.purpose(), e.basis().name(),
                    e.basisReference(), e.consentId() == null ? null : e.consentId().value(), e.validFrom(),
                    e.validUntil(), e.recordedBy().displayName(), position, position);
            case AccessRevoked e -> writes.later(GRANT_REVOKED, e.revokedOn(), e.reason().name(), e.note(), position,
                    e.grantId().value(), position);
        }
        addToTimeline(event, position, recordedAt);
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @ResetHandler
    void clearBeforeReplay() {
        jdbc.execute("truncate table " + String.join(", ", TABLES));
    }

    /**
     * The entry, about what the screen can show in either language: an institution's id (shown by its name), the
     * person whose consent was withdrawn (as the consent recorded them), or the code of a revocation's reason
     * (shown translated). The categories, dates and basis of a grant are the sharing panel's to show.
     */
    private void addToTimeline(SharingLedgerEvent event, long position, Instant recordedAt) {
        String type = event.getClass().getSimpleName();
        switch (event) {
            case SharingConsentRecorded e -> TimelineEntries.add(jdbc, position, e.caseId(), e.givenOn(), recordedAt,
                    type, e.category(), e.recordedBy(), e.institution().value(), body(e));
            case SharingConsentWithdrawn e -> TimelineEntries.addLookingUp(jdbc, position, e.caseId(),
                    e.withdrawnOn(), recordedAt, type, e.category(), e.recordedBy(), CONSENTING_PERSON,
                    e.consentId().value(), body(e));
            case AccessGranted e -> TimelineEntries.add(jdbc, position, e.caseId(), e.validFrom(), recordedAt, type,
                    e.category(), e.recordedBy(), e.institution().value(), body(e));
            case AccessRevoked e -> TimelineEntries.add(jdbc, position, e.caseId(), e.revokedOn(), recordedAt, type,
                    e.category(), e.recordedBy(), e.reason().name(), body(e));
        }
    }

    /** What people wrote: who consented and for what, the purpose and reference of a grant, a note. */
    private static String body(SharingLedgerEvent event) {
        return switch (event) {
            case SharingConsentRecorded e -> e.person() + ": " + e.purpose() + " (" + e.formReference() + ")";
            case SharingConsentWithdrawn e -> e.note();
            case AccessGranted e -> e.purpose() + " (" + e.basisReference() + ")";
            case AccessRevoked e -> e.note();
        };
    }
}
