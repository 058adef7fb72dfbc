package pl.asysta.cases.access.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;

/**
 * The default access policy as one pure decision: for an actor and a case's team, which categories they may read
 * and write on a given day, and on what basis. An actor with several roles gets the union.
 * <ul>
 *     <li>the family assistant assigned to the case, its social worker (of the same centre) and the head of its
 *     centre see and write everything (what exactly they may decide is the case's own rule);</li>
 *     <li>a foster-care coordinator of a child of the family sees BASIC, PLAN, ASSESSMENT and COURT;</li>
 *     <li>an interdisciplinary team member, school or health staff, or a PCPR coordinator, sees and writes the
 *     categories of their institution's active grants, and nothing of a case without one;</li>
 *     <li>an auditor reads everything and writes nothing;</li>
 *     <li>a supporting family, court staff and administrators see no case file through this policy.</li>
 * </ul>
 * Lists of families ask the same rule as an SQL condition, written next to the read model it runs on
 * ({@code pl.asysta.cases.access.CaseScopes}); a test over many generated cases and actors proves that the two
 * select the same cases. A change here is a change there.
 */
public final class AccessRules {

    public static final Set<DataCategory> FOSTER_CARE_COORDINATOR_CATEGORIES =
            Set.copyOf(EnumSet.of(DataCategory.BASIC, DataCategory.PLAN, DataCategory.ASSESSMENT, DataCategory.COURT));

    private AccessRules() {
    }

    public static AccessDecision decide(Actor actor, CaseTeam team, LocalDate today) {
        Set<TeamRole> roles = team.rolesOf(actor, today);
        Set<DataCategory> readable = EnumSet.noneOf(DataCategory.class);
        Set<DataCategory> writable = EnumSet.noneOf(DataCategory.class);
        Set<AccessBasis> bases = EnumSet.noneOf(AccessBasis.class);
        List<String> purposes = new ArrayList<>();
        if (roles.stream().anyMatch(TeamRole::caseWork)) {
            readable.addAll(EnumSet.allOf(DataCategory.class));
            writable.addAll(EnumSet.allOf(DataCategory.class));
            bases.add(AccessBasis.CASE_WORK);
            purposes.add(AccessBasis.CASE_WORK.name());
        }
        if (roles.contains(TeamRole.COORDINATOR)) {
            readable.addAll(FOSTER_CARE_COORDINATOR_CATEGORIES);
            writable.addAll(FOSTER_CARE_COORDINATOR_CATEGORIES);
            bases.add(AccessBasis.FOSTER_CARE_COORDINATION);
            purposes.add(AccessBasis.FOSTER_CARE_COORDINATION.name());
        }
        Set<DataCategory> granted = team.grantedTo(actor.institutionId(), today);
        if (roles.contains(TeamRole.GRANT_HOLDER) && !granted.isEmpty()) {
            readable.addAll(granted);
            writable.addAll(granted);
            bases.add(AccessBasis.GRANT);
            purposes.addAll(team.grantPurposes(actor.institutionId(), today));
        }
        if (actor.hasRole(Role.AUDITOR)) {
            readable.addAll(EnumSet.allOf(DataCategory.class));
            bases.add(AccessBasis.AUDIT);
            purposes.add(AccessBasis.AUDIT.name());
        }
        if (readable.isEmpty()) {
            return AccessDecision.NONE;
        }
        return new AccessDecision(readable, writable, bases, String.join("; ", purposes));
    }
}
