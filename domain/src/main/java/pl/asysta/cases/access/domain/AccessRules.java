package pl.asysta.cases.access.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;

/**
 * The default access policy of DESIGN section 3, as one pure decision: for an actor and the facts of a case,
 * which categories they may read and write, and on what basis. An actor with several roles gets the union.
 * <ul>
 *     <li>the family assistant assigned to the case, its social worker (of the same centre) and the head of its
 *     centre see and write everything (what exactly they may decide is the case's own rule);</li>
 *     <li>a foster-care coordinator of a child of the family sees BASIC, PLAN, ASSESSMENT and COURT;</li>
 *     <li>an interdisciplinary team member, school or health staff, or a PCPR coordinator, sees and writes the
 *     categories of their institution's active grants, and nothing of a case without one;</li>
 *     <li>an auditor reads everything and writes nothing;</li>
 *     <li>a supporting family, court staff and administrators see no case file through this policy.</li>
 * </ul>
 */
public final class AccessRules {

    public static final Set<DataCategory> FOSTER_CARE_COORDINATOR_CATEGORIES =
            Set.copyOf(EnumSet.of(DataCategory.BASIC, DataCategory.PLAN, DataCategory.ASSESSMENT, DataCategory.COURT));

    /** The roles whose access to a case comes from their institution's grants. */
    public static final Set<Role> GRANT_HOLDING_ROLES =
            Set.copyOf(EnumSet.of(Role.TEAM_MEMBER, Role.INSTITUTION_STAFF, Role.FOSTER_CARE_COORDINATOR));

    private AccessRules() {
    }

    public static AccessDecision decide(Actor actor, CaseAccessFacts facts) {
        Set<DataCategory> readable = EnumSet.noneOf(DataCategory.class);
        Set<DataCategory> writable = EnumSet.noneOf(DataCategory.class);
        Set<AccessBasis> bases = EnumSet.noneOf(AccessBasis.class);
        List<String> purposes = new ArrayList<>();
        if (caseTeam(actor, facts)) {
            readable.addAll(EnumSet.allOf(DataCategory.class));
            writable.addAll(EnumSet.allOf(DataCategory.class));
            bases.add(AccessBasis.CASE_WORK);
            purposes.add(AccessBasis.CASE_WORK.name());
        }
        if (actor.hasRole(Role.FOSTER_CARE_COORDINATOR) && facts.coordinators().contains(actor.userId())) {
            readable.addAll(FOSTER_CARE_COORDINATOR_CATEGORIES);
            writable.addAll(FOSTER_CARE_COORDINATOR_CATEGORIES);
            bases.add(AccessBasis.FOSTER_CARE_COORDINATION);
            purposes.add(AccessBasis.FOSTER_CARE_COORDINATION.name());
        }
        if (actor.roles().stream().anyMatch(GRANT_HOLDING_ROLES::contains) && !facts.grantedCategories().isEmpty()) {
            readable.addAll(facts.grantedCategories());
            writable.addAll(facts.grantedCategories());
            bases.add(AccessBasis.GRANT);
            purposes.addAll(facts.grantPurposes());
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

    /** The assistant assigned to the case, its social worker, or the head of its centre. */
    public static boolean caseTeam(Actor actor, CaseAccessFacts facts) {
        boolean ownCentre = actor.institutionId().equals(facts.centre());
        return actor.hasRole(Role.FAMILY_ASSISTANT) && actor.userId().equals(facts.assistant())
                || actor.hasRole(Role.SOCIAL_WORKER) && ownCentre && actor.userId().equals(facts.socialWorker())
                || actor.hasRole(Role.CENTRE_HEAD) && ownCentre;
    }
}
