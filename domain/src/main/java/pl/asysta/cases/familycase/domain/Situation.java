package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import pl.asysta.cases.access.domain.CaseTeam;
import pl.asysta.cases.access.domain.TeamRole;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;

/**
 * One person before one case on one day: the case's state, its team, who they are and today's date. The stages'
 * permissions and decisions read everything from here.
 */
record Situation(FamilyCaseState state, CaseTeam team, Actor actor, LocalDate today) {

    Set<TeamRole> roles() {
        return team.rolesOf(actor, today);
    }

    /**
     * Granted in the first of {@code parts} the actor plays in this case, recorded in the matching role; refused as
     * {@code case.role-not-allowed} when they play none of them.
     */
    Permission in(TeamRole... parts) {
        return in("case.role-not-allowed", parts);
    }

    /** The assistant the case is assigned to; anyone else is told the case is not theirs. */
    Permission assignedAssistant() {
        return in("case.not-your-case", TeamRole.ASSISTANT);
    }

    private Permission in(String refusal, TeamRole... parts) {
        Set<TeamRole> roles = roles();
        for (TeamRole part : parts) {
            if (roles.contains(part)) {
                return Permission.as(actor, part.actsAs());
            }
        }
        return Permission.refused(refusal);
    }

    /**
     * Staff of another institution acting in {@code role} (school or health staff, a team member) whose
     * institution's grants active today cover what {@code covers} asks of them.
     */
    Permission grantHolder(Role role, Predicate<Set<DataCategory>> covers) {
        boolean holds = actor.hasRole(role) && roles().contains(TeamRole.GRANT_HOLDER)
                && covers.test(team.grantedTo(actor.institutionId(), today));
        return holds ? Permission.as(actor, role) : Permission.refused("case.role-not-allowed");
    }
}
