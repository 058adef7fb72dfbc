package pl.asysta.cases.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.cases.access.domain.AccessDecision;
import pl.asysta.cases.access.domain.AccessRules;
import pl.asysta.cases.access.domain.CaseAccessFacts;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * The one access policy every query and command on case data asks (DESIGN section 3): it gathers the facts of a
 * case from the read model (who works on it, its children's coordinators, the actor's institution's grants that
 * are active today) and lets {@link AccessRules} decide. A grant is active from its first to its last day unless
 * revoked, so an expired grant needs no event: the next question after its last day is answered without it.
 *
 * <p>Lists ask for a {@link CaseScope}: the same rules as an SQL condition over {@code case_summary s}.
 */
@Service
public class AccessPolicy {

    /** A condition over {@code case_summary s} and the named parameters it uses. */
    public record CaseScope(String condition, Map<String, Object> parameters) {
    }

    private static final String ACTIVE_GRANT = """
            g.case_id = s.case_id and g.institution_id = :actorInstitution and g.revoked_on is null
            and :today between g.valid_from and g.valid_until""";

    private static final Set<String> REFUSALS_OF_WHO_ONE_IS = Set.of("case.role-not-allowed", "case.not-your-case");

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessPolicy(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the actor may do with the case today; {@link AccessDecision#NONE} when it does not exist. */
    public AccessDecision decide(CaseId caseId, Actor actor) {
        return facts(caseId, actor).map(facts -> AccessRules.decide(actor, facts)).orElse(AccessDecision.NONE);
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

    /** The facts of the case as the read model knows them now. */
    public Optional<CaseAccessFacts> facts(CaseId caseId, Actor actor) {
        return jdbc.sql("""
                        select s.centre, s.assistant_id, s.social_worker_id,
                            array(select p.coordinator_id from case_foster_placement p where p.case_id = s.case_id)
                                as coordinators,
                            array(select g.categories from access_grant g where\s""" + ACTIVE_GRANT + """
                                order by g.position) as granted,
                            array(select g.purpose from access_grant g where\s""" + ACTIVE_GRANT + """
                                order by g.position) as purposes
                        from case_summary s where s.case_id = :caseId""")
                .param("caseId", caseId.value())
                .param("actorInstitution", actor.institutionId().value())
                .param("today", today())
                .query((row, n) -> new CaseAccessFacts(caseId, new InstitutionId(row.getString("centre")),
                        userId(row, "assistant_id"), userId(row, "social_worker_id"),
                        Set.copyOf(strings(row, "coordinators").stream().map(UserId::new).toList()),
                        categories(strings(row, "granted")), strings(row, "purposes").stream().distinct().toList()))
                .optional();
    }

    /** The cases the actor may see in some category, for lists of families. */
    public CaseScope cases(Actor actor) {
        return scope(actor, true);
    }

    /**
     * The cases the actor works on as the case team (assistant, social worker, head), for the lists of their
     * work: due plan actions, assessments, requests for an assistant.
     */
    public CaseScope caseWork(Actor actor) {
        return scope(actor, false);
    }

    private CaseScope scope(Actor actor, boolean beyondCaseWork) {
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
        if (beyondCaseWork && actor.roles().stream().anyMatch(AccessRules.GRANT_HOLDING_ROLES::contains)) {
            conditions.add("exists (select 1 from access_grant g where " + ACTIVE_GRANT + ")");
        }
        if (beyondCaseWork && actor.hasRole(Role.AUDITOR)) {
            conditions.add("true");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("actorId", actor.userId().value());
        parameters.put("actorInstitution", actor.institutionId().value());
        parameters.put("today", today());
        return new CaseScope(conditions.isEmpty() ? "false" : "(" + String.join(" or ", conditions) + ")",
                parameters);
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

    private static UserId userId(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : new UserId(value);
    }
}
