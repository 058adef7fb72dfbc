package pl.asysta.cases.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pl.asysta.cases.CaseId;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;

/**
 * The default access policy of DESIGN section 3 for the roles of the family case, in one place so that the full
 * access policy with grants and audited reads (issue 4) can replace it:
 * <ul>
 *     <li>a family assistant sees the cases assigned to them, also in monitoring after they closed them;</li>
 *     <li>a social worker sees the cases of their centre that they registered;</li>
 *     <li>the head of a centre sees every case of the centre;</li>
 *     <li>a foster-care coordinator sees the cases where a child is placed with them as coordinator, and only
 *     the BASIC, PLAN, ASSESSMENT and COURT information;</li>
 *     <li>anyone else sees nothing.</li>
 * </ul>
 * Conditions are SQL over {@code case_summary} aliased {@code s}, with named parameters prefixed {@code actor}.
 */
@Component
class CaseVisibility {

    static final Set<DataCategory> FOSTER_CARE_COORDINATOR_CATEGORIES =
            Set.copyOf(EnumSet.of(DataCategory.BASIC, DataCategory.PLAN, DataCategory.ASSESSMENT, DataCategory.COURT));

    /** A condition on {@code case_summary s} and the parameters it names. */
    record Scope(String condition, Map<String, Object> parameters) {
    }

    private final JdbcClient jdbc;

    CaseVisibility(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases the actor may see, in any category. */
    Scope cases(Actor actor) {
        List<String> conditions = new ArrayList<>(fullAccess(actor));
        if (actor.hasRole(Role.FOSTER_CARE_COORDINATOR)) {
            conditions.add(COORDINATOR);
        }
        return scope(actor, conditions);
    }

    /** The categories of {@code caseId} the actor may see; empty when they may not see the case at all. */
    Set<DataCategory> categoriesOn(CaseId caseId, Actor actor) {
        Scope full = scope(actor, fullAccess(actor));
        Scope coordinator = scope(actor, actor.hasRole(Role.FOSTER_CARE_COORDINATOR) ? List.of(COORDINATOR) : List.of());
        Optional<Boolean[]> access = jdbc.sql("select (" + full.condition() + "), (" + coordinator.condition()
                        + ") from case_summary s where s.case_id = :caseId")
                .params(full.parameters())
                .param("caseId", caseId.value())
                .query((row, n) -> new Boolean[] {row.getBoolean(1), row.getBoolean(2)})
                .optional();
        if (access.isEmpty()) {
            return Set.of();
        }
        if (access.get()[0]) {
            return EnumSet.allOf(DataCategory.class);
        }
        return access.get()[1] ? FOSTER_CARE_COORDINATOR_CATEGORIES : Set.of();
    }

    /** The centre whose assistants' caseloads the actor oversees: a head's own. */
    Optional<InstitutionId> caseloadsOf(Actor actor) {
        return actor.hasRole(Role.CENTRE_HEAD) ? Optional.of(actor.institutionId()) : Optional.empty();
    }

    private static final String ASSISTANT = "s.assistant_id = :actorId";
    private static final String SOCIAL_WORKER = "(s.centre = :actorCentre and s.social_worker_id = :actorId)";
    private static final String CENTRE_HEAD = "s.centre = :actorCentre";
    private static final String COORDINATOR = "exists (select 1 from case_foster_placement p "
            + "where p.case_id = s.case_id and p.coordinator_id = :actorId)";

    private static List<String> fullAccess(Actor actor) {
        List<String> conditions = new ArrayList<>();
        if (actor.hasRole(Role.FAMILY_ASSISTANT)) {
            conditions.add(ASSISTANT);
        }
        if (actor.hasRole(Role.SOCIAL_WORKER)) {
            conditions.add(SOCIAL_WORKER);
        }
        if (actor.hasRole(Role.CENTRE_HEAD)) {
            conditions.add(CENTRE_HEAD);
        }
        return conditions;
    }

    private static Scope scope(Actor actor, List<String> conditions) {
        String condition = conditions.isEmpty() ? "false" : "(" + String.join(" or ", conditions) + ")";
        return new Scope(condition, Map.of("actorId", actor.userId().value(),
                "actorCentre", actor.institutionId().value()));
    }
}
