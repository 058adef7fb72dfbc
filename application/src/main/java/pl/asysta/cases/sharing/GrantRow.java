package pl.asysta.cases.sharing;

import java.time.LocalDate;
import java.util.Set;

import pl.asysta.cases.sharing.domain.ConsentId;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.sharing.domain.GrantId;
import pl.asysta.cases.sharing.domain.RevocationReason;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;

/** A grant of access as the case page lists it. */
public record GrantRow(GrantId grantId, InstitutionId institution, Set<DataCategory> categories, String purpose,
                       GrantBasis basis, String basisReference, ConsentId consentId, LocalDate validFrom,
                       LocalDate validUntil, String grantedBy, LocalDate revokedOn, RevocationReason revocation,
                       String revocationNote, GrantState state) {
}
