package pl.asysta.cases.sharing;

import java.time.LocalDate;
import java.util.Set;

import pl.asysta.cases.sharing.domain.ConsentId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;

/** A consent to share as the case page lists it; in force until withdrawn or past its last day. */
public record ConsentRow(ConsentId consentId, String person, InstitutionId institution, Set<DataCategory> categories,
                         String purpose, LocalDate givenOn, LocalDate validUntil, String formReference,
                         String recordedBy, LocalDate withdrawnOn, String withdrawalNote, boolean inForce) {
}
