package pl.asysta.accessreview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * What the auditor looks for in the access log; every part is optional ({@code null}: any). The period runs from
 * the start of {@code from} to the end of {@code to}, both days included, in the centre's zone.
 *
 * @param person      whose reads (the reader's user id)
 * @param institution the reader's institution
 * @param caseId      a family's case the read named
 */
public record AccessSearch(UserId person, InstitutionId institution, CaseId caseId, LocalDate from, LocalDate to) {

    public static final AccessSearch EVERYTHING = new AccessSearch(null, null, null, null, null);

    public AccessSearch withPerson(UserId value) {
        return new AccessSearch(value, institution, caseId, from, to);
    }

    public AccessSearch withInstitution(InstitutionId value) {
        return new AccessSearch(person, value, caseId, from, to);
    }

    public AccessSearch withCase(CaseId value) {
        return new AccessSearch(person, institution, value, from, to);
    }

    public AccessSearch between(LocalDate first, LocalDate last) {
        return new AccessSearch(person, institution, caseId, first, last);
    }

    Instant start(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    Instant endExclusive(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
