package pl.asysta.cases.familycase.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import pl.asysta.cases.access.domain.TeamRole;

/**
 * The part one person plays in a family case now: what they are to it (its assistant, its social worker, a head
 * of its centre, a coordinator, a grant holder) and the steps they may take at its present stage. A screen shows
 * exactly these steps, in the order of the case's life, and decides nothing itself.
 */
public record PartInCase(Set<TeamRole> roles, Set<StepKind> steps) {

    public static final PartInCase NONE = new PartInCase(Set.of(), Set.of());

    public PartInCase {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        steps = steps.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(steps));
    }

    public boolean permits(StepKind kind) {
        return steps.contains(kind);
    }

    public boolean is(TeamRole role) {
        return roles.contains(role);
    }

    /** The assistant, the social worker or a head of the centre: they keep the case, its ledger and referrals. */
    public boolean worksOnCase() {
        return roles.stream().anyMatch(TeamRole::caseWork);
    }
}
