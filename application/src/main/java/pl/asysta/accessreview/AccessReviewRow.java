package pl.asysta.accessreview;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import pl.asysta.accessreview.domain.UnusualPattern;
import pl.asysta.cases.access.AccessView;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * One access record as the auditor reviews it.
 *
 * @param cases     the families the read named, by name, at most {@link AccessReview#CASES_NAMED_PER_RECORD}
 * @param caseCount how many families the read named in all (a start page lists many)
 * @param flags     the unusual patterns this read is part of
 */
public record AccessReviewRow(long recordId,
                              Instant recordedAt,
                              UserId actorId,
                              String actorName,
                              List<String> roles,
                              InstitutionId institution,
                              String institutionName,
                              AccessView view,
                              List<NamedCase> cases,
                              int caseCount,
                              Set<DataCategory> categories,
                              String purpose,
                              Set<UnusualPattern> flags) {

    public AccessReviewRow {
        roles = List.copyOf(roles);
        cases = List.copyOf(cases);
        categories = Set.copyOf(categories);
        flags = Set.copyOf(flags);
    }

    /** A family's case with its name ({@code null} when the read model does not know the case). */
    public record NamedCase(CaseId caseId, String familyName) {
    }
}
