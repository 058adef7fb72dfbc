package pl.asysta.cases.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.cases.access.domain.AccessDecision;
import pl.asysta.cases.access.domain.AccessRules;
import pl.asysta.cases.access.domain.CaseGrant;
import pl.asysta.cases.access.domain.CaseTeam;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * The one access policy every query and command on case data asks: it reads the case's team from the read model
 * (who works on it, its children's coordinators, the grants on it) and lets {@link AccessRules} decide for today.
 * A grant is active from its first to its last day unless revoked, so an expired grant needs no event: the next
 * question after its last day is answered without it.
 *
 * <p>Lists ask for a {@link CaseScope}: the same rule as an SQL condition over {@code case_summary s}, kept in
 * {@link CaseScopes}.
 */
@Service
public class AccessPolicy {

    /** A condition over {@code case_summary s} and the named parameters it uses. */
    public record CaseScope(String condition, Map<String, Object> parameters) {
    }

    private static final Set<String> REFUSALS_OF_WHO_ONE_IS = Set.of("case.role-not-allowed", "case.not-your-case");

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessPolicy(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the actor may do with the case today; {@link AccessDecision#NONE} when it does not exist. */
    public AccessDecision decide(CaseId caseId, Actor actor) {
        LocalDate today = today();
        return team(caseId).map(team -> AccessRules.decide(actor, team, today)).orElse(AccessDecision.NONE);
    }

    /**
     * A refusal as the actor may learn it. One because of who they are ({@code case.role-not-allowed},
     * {@code case.not-your-case}) would tell someone who may not see the case that it exists, so they are told
     * {@code case.not-found}, exactly as for a case that does not exist; everyone else learns the refusal as it is.
     */
    public RuntimeException asSeenBy(Actor actor, CaseId caseId, RuntimeException refusal) {
        if (refusal instanceof DomainRuleViolation violation
                && REFUSALS_OF_WHO_ONE_IS.contains(violation.messageKey()) && !decide(caseId, actor).seesCase()) {
            return new DomainRuleViolation("case.not-found");
        }
        return refusal;
    }

    /** The case's team as the read model knows it now, with every grant ever given on it; empty when none. */
    public Optional<CaseTeam> team(CaseId caseId) {
        return jdbc.sql("""
                        select s.centre, s.assistant_id, s.social_worker_id,
                            array(select p.coordinator_id from case_foster_placement p where p.case_id = s.case_id)
                                as coordinators,
                            g.institutions, g.categories, g.purposes, g.valid_from, g.valid_until, g.revoked_on
                        from case_summary s cross join lateral (
                            select array_agg(institution_id order by position) as institutions,
                                array_agg(categories order by position) as categories,
                                array_agg(purpose order by position) as purposes,
                                array_agg(valid_from order by position) as valid_from,
                                array_agg(valid_until order by position) as valid_until,
                                array_agg(revoked_on order by position) as revoked_on
                            from access_grant where case_id = s.case_id) g
                        where s.case_id = :caseId""")
                .param("caseId", caseId.value())
                .query((row, n) -> new CaseTeam(caseId, new InstitutionId(row.getString("centre")),
                        userId(row, "assistant_id"), userId(row, "social_worker_id"),
                        Set.copyOf(strings(row, "coordinators").stream().map(UserId::new).toList()), grants(row)))
                .optional();
    }

    /**
     * Every grant on the case the consent ledger's read model knows, active or not: the rules tell which count on
     * a day.
     */
    public List<CaseGrant> grants(CaseId caseId) {
        return team(caseId).map(CaseTeam::grants).orElse(List.of());
    }

    /** The cases the actor may see in some category, for lists of families. */
    public CaseScope cases(Actor actor) {
        return CaseScopes.cases(actor, today());
    }

    /**
     * The cases the actor works on as the case team (assistant, social worker, head), for the lists of their
     * work: due plan actions, assessments, requests for an assistant.
     */
    public CaseScope caseWork(Actor actor) {
        return CaseScopes.caseWork(actor, today());
    }

    /** Why the actor reads lists of cases, for the access record: the bases their roles can give. */
    public String listPurpose(Actor actor) {
        Set<AccessBasis> bases = EnumSet.noneOf(AccessBasis.class);
        for (Role role : actor.roles()) {
            switch (role) {
                case FAMILY_ASSISTANT, SOCIAL_WORKER, CENTRE_HEAD -> bases.add(AccessBasis.CASE_WORK);
                case FOSTER_CARE_COORDINATOR -> {
                    bases.add(AccessBasis.FOSTER_CARE_COORDINATION);
                    bases.add(AccessBasis.GRANT);
                }
                case TEAM_MEMBER, INSTITUTION_STAFF -> bases.add(AccessBasis.GRANT);
                case AUDITOR -> bases.add(AccessBasis.AUDIT);
                default -> { }
            }
        }
        return String.join("; ", bases.stream().map(Enum::name).toList());
    }

    /** The centre whose assistants' caseloads the actor oversees: a head's own. */
    public Optional<InstitutionId> caseloadsOf(Actor actor) {
        return actor.hasRole(Role.CENTRE_HEAD) ? Optional.of(actor.institutionId()) : Optional.empty();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
    }

    /** Categories stored as {@code BASIC,EDUCATION}; the union of several grants'. */
    public static Set<DataCategory> categories(List<String> stored) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        stored.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .filter(value -> !value.isBlank())
                .map(DataCategory::valueOf)
                .forEach(categories::add);
        return categories;
    }

    public static String stored(Set<DataCategory> categories) {
        return String.join(",", categories.stream().sorted().map(Enum::name).toList());
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<CaseGrant> grants(ResultSet row) throws SQLException {
        List<String> institutions = strings(row, "institutions");
        List<String> categories = strings(row, "categories");
        List<String> purposes = strings(row, "purposes");
        List<LocalDate> validFrom = dates(row, "valid_from");
        List<LocalDate> validUntil = dates(row, "valid_until");
        List<LocalDate> revokedOn = dates(row, "revoked_on");
        List<CaseGrant> grants = new ArrayList<>();
        for (int grant = 0; grant < institutions.size(); grant++) {
            grants.add(new CaseGrant(new InstitutionId(institutions.get(grant)),
                    categories(List.of(categories.get(grant))), purposes.get(grant), validFrom.get(grant),
                    validUntil.get(grant), revokedOn.get(grant)));
        }
        return grants;
    }

    private static List<LocalDate> dates(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        for (Object day : (Object[]) array.getArray()) {
            dates.add(day == null ? null : ((java.sql.Date) day).toLocalDate());
        }
        return dates;
    }

    private static UserId userId(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : new UserId(value);
    }
}
