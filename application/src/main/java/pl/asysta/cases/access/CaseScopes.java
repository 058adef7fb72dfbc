package pl.asysta.cases.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pl.asysta.cases.access.AccessPolicy.CaseScope;
import pl.asysta.cases.access.domain.AccessRules;
import pl.asysta.cases.access.domain.CaseTeam;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Role;

/**
 * The access rule of {@link AccessRules} rendered as SQL over the case read model, for lists of families: a
 * condition over {@code case_summary s} that holds exactly for the cases the rule lets the actor see (or, for
 * case work, keep as the case team). Each line mirrors one part of {@link CaseTeam#rolesOf}: the assistant, the
 * social worker and the head of the centre, the coordinator of a placed child, an institution's grant active on
 * the day, the auditor. A change to the rule is made in both places; {@code CaseScopesAgreeWithAccessRulesTest}
 * proves on many generated cases and actors that they select the same cases.
 */
final class CaseScopes {

    /** A grant of the actor's institution on the case, active today: from its first to its last day, not revoked. */
    static final String ACTIVE_GRANT = """
            g.case_id = s.case_id and g.institution_id = :actorInstitution and g.revoked_on is null
            and :today between g.valid_from and g.valid_until""";

    private CaseScopes() {
    }

    /** The cases the actor may see in some category on {@code today}. */
    static CaseScope cases(Actor actor, LocalDate today) {
        return scope(actor, today, true);
    }

    /** The cases the actor works on as their assistant, social worker or head of their centre. */
    static CaseScope caseWork(Actor actor, LocalDate today) {
        return scope(actor, today, false);
    }

    private static CaseScope scope(Actor actor, LocalDate today, boolean beyondCaseWork) {
        List<String> conditions = new ArrayList<>();
        if (actor.hasRole(Role.FAMILY_ASSISTANT)) {
            conditions.add("s.assistant_id = :actorId");
        }
        if (actor.hasRole(Role.SOCIAL_WORKER)) {
            conditions.add("(s.centre = :actorInstitution and s.social_worker_id = :actorId)");
        }
        if (actor.hasRole(Role.CENTRE_HEAD)) {
            conditions.add("s.centre = :actorInstitution");
        }
        if (beyondCaseWork && actor.hasRole(Role.FOSTER_CARE_COORDINATOR)) {
            conditions.add("exists (select 1 from case_foster_placement p "
                    + "where p.case_id = s.case_id and p.coordinator_id = :actorId)");
        }
        if (beyondCaseWork && actor.roles().stream().anyMatch(CaseTeam.GRANT_HOLDING_ROLES::contains)) {
            conditions.add("exists (select 1 from access_grant g where " + ACTIVE_GRANT + ")");
        }
        if (beyondCaseWork && actor.hasRole(Role.AUDITOR)) {
            conditions.add("true");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("actorId", actor.userId().value());
        parameters.put("actorInstitution", actor.institutionId().value());
        parameters.put("today", today);
        return new CaseScope(conditions.isEmpty() ? "false" : "(" + String.join(" or ", conditions) + ")",
                parameters);
    }
}
