package pl.asysta.cases.access;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import pl.asysta.cases.access.SharingLedgerEvent.AccessGranted;
import pl.asysta.cases.access.SharingLedgerEvent.AccessRevoked;
import pl.asysta.cases.access.SharingLedgerEvent.SharingConsentRecorded;
import pl.asysta.cases.access.SharingLedgerEvent.SharingConsentWithdrawn;
import pl.asysta.cases.query.CaseProjectionRebuild;
import pl.asysta.cases.query.ReadModelProjection;
import pl.asysta.cases.query.TimelineEntries;

/**
 * Projects the consent ledgers into {@code sharing_consent} and {@code access_grant} (V4), which the access
 * policy reads, and into the case timeline (CONSENT). Part of the case read model's processor: rebuilt with it,
 * idempotent like it (rows keyed by id; changes only by a newer position).
 */
@Component
@ProcessingGroup(CaseProjectionRebuild.PROCESSING_GROUP)
class SharingProjection implements ReadModelProjection {

    private static final List<String> TABLES = List.of("sharing_consent", "access_grant");

    private final JdbcTemplate jdbc;

    SharingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SharingLedgerEvent event, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = token.position().orElseThrow();
        switch (event) {
            case SharingConsentRecorded e -> jdbc.update("""
                            insert into sharing_consent (consent_id, case_id, person, institution_id, categories, purpose,
                                given_on, valid_until, form_reference, recorded_by, position, last_position)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (consent_id) do nothing""",
                    e.consentId().value(), e.caseId().value(), e.person(), e.institution().value(),
                    AccessPolicy.stored(e.categories()), e.purpose(), e.givenOn(), e.validUntil(), e.formReference(),
                    e.recordedBy().displayName(), position, position);
            case SharingConsentWithdrawn e -> jdbc.update("""
                            update sharing_consent set withdrawn_on = ?, withdrawal_note = ?, last_position = ?
                            where consent_id = ? and last_position < ?""",
                    e.withdrawnOn(), e.note(), position, e.consentId().value(), position);
            case AccessGranted e -> jdbc.update("""
                            insert into access_grant (grant_id, case_id, institution_id, categories, purpose, basis,
                                basis_reference, consent_id, valid_from, valid_until, granted_by, position,
                                last_position)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (grant_id) do nothing""",
                    e.grantId().value(), e.caseId().value(), e.institution().value(),
                    AccessPolicy.stored(e.categories()), e.purpose(), e.basis().name(), e.basisReference(),
                    e.consentId() == null ? null : e.consentId().value(), e.validFrom(), e.validUntil(),
                    e.recordedBy().displayName(), position, position);
            case AccessRevoked e -> jdbc.update("""
                            update access_grant set revoked_on = ?, revocation = ?, revocation_note = ?,
                                last_position = ?
                            where grant_id = ? and last_position < ?""",
                    e.revokedOn(), e.reason().name(), e.note(), position, e.grantId().value(), position);
        }
        TimelineEntries.add(jdbc, position, event.caseId(), occurredOn(event), recordedAt,
                event.getClass().getSimpleName(), event.category(), event.recordedBy(), subject(event), body(event));
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @ResetHandler
    void clearBeforeReplay() {
        jdbc.execute("truncate table " + String.join(", ", TABLES));
    }

    private static java.time.LocalDate occurredOn(SharingLedgerEvent event) {
        return switch (event) {
            case SharingConsentRecorded e -> e.givenOn();
            case SharingConsentWithdrawn e -> e.withdrawnOn();
            case AccessGranted e -> e.validFrom();
            case AccessRevoked e -> e.revokedOn();
        };
    }

    /**
     * What the entry is about, as the screen can show it in either language: an institution's id (shown by its
     * name), the person whose consent was withdrawn, or the code of a revocation's reason (shown translated).
     * The categories, dates and basis of a grant are the sharing panel's to show.
     */
    private String subject(SharingLedgerEvent event) {
        return switch (event) {
            case SharingConsentRecorded e -> e.institution().value();
            case SharingConsentWithdrawn e -> jdbc.query("select person from sharing_consent where consent_id = ?",
                    rows -> rows.next() ? rows.getString(1) : null, e.consentId().value());
            case AccessGranted e -> e.institution().value();
            case AccessRevoked e -> e.reason().name();
        };
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
