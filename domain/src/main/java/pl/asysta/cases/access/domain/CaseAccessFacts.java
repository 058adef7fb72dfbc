package pl.asysta.cases.access.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * What the access policy needs to know about one case for one actor: who works on it, which foster-care
 * coordinators its children have, and what the actor's institution is granted today (the union of its active
 * grants' categories, and their purposes).
 */
public record CaseAccessFacts(CaseId caseId, InstitutionId centre, UserId assistant, UserId socialWorker,
                              Set<UserId> coordinators, Set<DataCategory> grantedCategories,
                              List<String> grantPurposes) {

    public CaseAccessFacts {
        Objects.requireNonNull(caseId, "case id");
        Objects.requireNonNull(centre, "centre");
        coordinators = Set.copyOf(coordinators);
        grantedCategories = grantedCategories.isEmpty() ? Set.of() : Set.copyOf(grantedCategories);
        grantPurposes = List.copyOf(grantPurposes);
    }
}
