package pl.asysta.cases.access.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * Who works on a case: its centre (and so every head of that centre), its assigned assistant ({@code null} while
 * none is), the social worker who opened it, the coordinators of its children placed in foster care, and the
 * institutions whose grants name it. It answers what one person is to the case ({@link #rolesOf}); the access
 * policy ({@link AccessRules}) and every decision of the family case about who may act start from that answer.
 */
public record CaseTeam(CaseId caseId, InstitutionId centre, UserId assistant, UserId socialWorker,
                       Set<UserId> coordinators, List<CaseGrant> grants) {

    /** The roles whose access to a case comes from their institution's grants. */
    public static final Set<Role> GRANT_HOLDING_ROLES =
            Set.copyOf(EnumSet.of(Role.TEAM_MEMBER, Role.INSTITUTION_STAFF, Role.FOSTER_CARE_COORDINATOR));

    public CaseTeam {
        Objects.requireNonNull(caseId, "case id");
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(socialWorker, "social worker");
        coordinators = Set.copyOf(coordinators);
        grants = List.copyOf(grants);
    }

    /** The same team with the grants the consent ledger knows, which the family case itself does not. */
    public CaseTeam withGrants(List<CaseGrant> known) {
        return new CaseTeam(caseId, centre, assistant, socialWorker, coordinators, known);
    }

    /** What the actor is to the case on {@code today}: nothing at all for most people. */
    public Set<TeamRole> rolesOf(Actor actor, LocalDate today) {
        Set<TeamRole> roles = caseWorkRoles(actor);
        if (actor.hasRole(Role.FOSTER_CARE_COORDINATOR) && coordinators.contains(actor.userId())) {
            roles.add(TeamRole.COORDINATOR);
        }
        if (actor.roles().stream().anyMatch(GRANT_HOLDING_ROLES::contains)
                && grants.stream().anyMatch(grant -> heldBy(grant, actor.institutionId(), today))) {
            roles.add(TeamRole.GRANT_HOLDER);
        }
        return roles;
    }

    /**
     * The assigned assistant, the case's social worker or a head of its centre: they keep the case itself, its
     * consent ledger and its referrals, whatever the day.
     */
    public boolean worksOnCase(Actor actor) {
        return !caseWorkRoles(actor).isEmpty();
    }

    /** The union of the categories of the institution's grants active on {@code today}. */
    public Set<DataCategory> grantedTo(InstitutionId institution, LocalDate today) {
        Set<DataCategory> granted = EnumSet.noneOf(DataCategory.class);
        grants.stream().filter(grant -> heldBy(grant, institution, today))
                .forEach(grant -> granted.addAll(grant.categories()));
        return granted;
    }

    /** Why the institution's grants active on {@code today} were given, each purpose once, oldest grant first. */
    public List<String> grantPurposes(InstitutionId institution, LocalDate today) {
        List<String> purposes = new ArrayList<>();
        grants.stream().filter(grant -> heldBy(grant, institution, today)).map(CaseGrant::purpose)
                .filter(purpose -> !purposes.contains(purpose)).forEach(purposes::add);
        return purposes;
    }

    private Set<TeamRole> caseWorkRoles(Actor actor) {
        Set<TeamRole> roles = EnumSet.noneOf(TeamRole.class);
        boolean ownCentre = actor.institutionId().equals(centre);
        if (actor.hasRole(Role.FAMILY_ASSISTANT) && actor.userId().equals(assistant)) {
            roles.add(TeamRole.ASSISTANT);
        }
        if (actor.hasRole(Role.SOCIAL_WORKER) && ownCentre && actor.userId().equals(socialWorker)) {
            roles.add(TeamRole.SOCIAL_WORKER);
        }
        if (actor.hasRole(Role.CENTRE_HEAD) && ownCentre) {
            roles.add(TeamRole.HEAD);
        }
        return roles;
    }

    private static boolean heldBy(CaseGrant grant, InstitutionId institution, LocalDate today) {
        return grant.institution().equals(institution) && grant.activeOn(today);
    }
}
