package pl.asysta.cases.sharing.domain;

import java.time.LocalDate;
import java.util.Set;

import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;

/**
 * What happens in a case's consent ledger: consents to share and the grants of access that rest on them, on a
 * court order or on a statute. All of it is CONSENT information on the case timeline. Persisted contract.
 */
public sealed interface SharingLedgerEvent {

    CaseId caseId();

    Author recordedBy();

    default DataCategory category() {
        return DataCategory.CONSENT;
    }

    /** A family member agreed on paper to share the named categories with the institution until a date. */
    record SharingConsentRecorded(CaseId caseId, ConsentId consentId, String person, InstitutionId institution,
                                  Set<DataCategory> categories, String purpose, LocalDate givenOn,
                                  LocalDate validUntil, String formReference, Author recordedBy)
            implements SharingLedgerEvent {
    }

    record SharingConsentWithdrawn(CaseId caseId, ConsentId consentId, LocalDate withdrawnOn, String note,
                                   Author recordedBy) implements SharingLedgerEvent {
    }

    /**
     * The institution's staff may read, and add entries in, the categories of the case from {@code validFrom}
     * until the end of {@code validUntil}, unless revoked earlier. {@code consentId} is set when the basis is a
     * consent.
     */
    record AccessGranted(CaseId caseId, GrantId grantId, InstitutionId institution, Set<DataCategory> categories,
                         String purpose, GrantBasis basis, String basisReference, ConsentId consentId,
                         LocalDate validFrom, LocalDate validUntil, Author recordedBy) implements SharingLedgerEvent {
    }

    record AccessRevoked(CaseId caseId, GrantId grantId, LocalDate revokedOn, RevocationReason reason, String note,
                         Author recordedBy) implements SharingLedgerEvent {
    }
}
