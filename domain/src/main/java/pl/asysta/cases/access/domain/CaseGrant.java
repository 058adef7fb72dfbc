package pl.asysta.cases.access.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;

/**
 * One institution's grant on a case, as the consent ledger recorded it: the categories it may read and add to, why,
 * and for which days. It is active from its first to its last day unless revoked, so an expired grant needs no
 * event: the first question asked after its last day is answered without it.
 */
public record CaseGrant(InstitutionId institution, Set<DataCategory> categories, String purpose,
                        LocalDate validFrom, LocalDate validUntil, LocalDate revokedOn) {

    public CaseGrant {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(validFrom, "valid from");
        Objects.requireNonNull(validUntil, "valid until");
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        purpose = purpose == null ? "" : purpose;
    }

    public boolean activeOn(LocalDate day) {
        return revokedOn == null && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
