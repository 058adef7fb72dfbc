package pl.asysta.cases.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pl.asysta.cases.access.AccessPolicy.CaseScope;
import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.cases.access.domain.AccessDecision;
import pl.asysta.cases.access.domain.AccessRules;
import pl.asysta.cases.access.domain.CaseGrant;
import pl.asysta.cases.access.domain.CaseTeam;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * Lists of families select cases with SQL ({@link CaseScopes}); a case file is opened, and a command allowed, by
 * the Java rule ({@link AccessRules}). Someone must find in their list exactly the families whose file they may
 * open. Many cases and actors are generated from a fixed seed (centres, assistants, social workers, coordinators,
 * grants active, expired, not yet valid and revoked, held by several institutions; actors of every role, several
 * roles at once, of their own institution or another) and written into the read model in a transaction that is
 * rolled back; for every pair the SQL scope must select the case exactly when the rule says the actor sees it, and
 * the case-work scope exactly when the rule gives them case work.
 */
@SpringBootTest
class CaseScopesAgreeWithAccessRulesTest {

    static final long SEED = 20_260_316L;
    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final int CASES = 300;
    static final int ACTORS = 400;
    static final String PREFIX = "scope-agreement-";

    static final List<InstitutionId> CENTRES = institutions("ops-a", "ops-b", "ops-c");
    static final List<InstitutionId> INSTITUTIONS = institutions("ops-a", "ops-b", "ops-c", "szkola-1", "szkola-2",
            "przychodnia-1", "zespol-1", "pcpr-1");
    static final List<UserId> PEOPLE = java.util.stream.IntStream.range(0, 12)
            .mapToObj(n -> new UserId(PREFIX + "osoba-" + n)).toList();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AccessPolicy policy;

    @Test
    void a_list_of_families_selects_a_case_exactly_when_the_rule_lets_the_actor_see_it() {
        Random random = new Random(SEED);
        Map<CaseId, CaseTeam> teams = new LinkedHashMap<>();
        for (int n = 0; n < CASES; n++) {
            CaseTeam team = team(new CaseId(PREFIX + n), random);
            teams.put(team.caseId(), team);
        }
        List<Actor> actors = new ArrayList<>();
        for (int n = 0; n < ACTORS; n++) {
            actors.add(actor(n, random));
        }

        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            teams.values().forEach(this::store);
            teams.values().forEach(team -> assertThat(policy.team(team.caseId())).as("seed %d: the team of %s as "
                    + "the policy reads it back", SEED, team.caseId()).contains(team));

            List<String> disagreements = new ArrayList<>();
            Map<AccessBasis, Integer> seenBy = new HashMap<>();
            int unseen = 0;
            for (Actor actor : actors) {
                Set<CaseId> listed = selected(CaseScopes.cases(actor, TODAY));
                Set<CaseId> worked = selected(CaseScopes.caseWork(actor, TODAY));
                for (CaseTeam team : teams.values()) {
                    AccessDecision decision = AccessRules.decide(actor, team, TODAY);
                    decision.bases().forEach(basis -> seenBy.merge(basis, 1, Integer::sum));
                    unseen += decision.seesCase() ? 0 : 1;
                    if (listed.contains(team.caseId()) != decision.seesCase()) {
                        disagreements.add("cases: " + describe(actor, team, decision));
                    }
                    if (worked.contains(team.caseId()) != decision.caseTeam()) {
                        disagreements.add("case work: " + describe(actor, team, decision));
                    }
                }
            }

            assertThat(disagreements).as("seed %d: pairs where the SQL scope and the rule disagree", SEED).isEmpty();
            assertThat(seenBy).as("seed %d: every basis of access occurs", SEED)
                    .containsOnlyKeys(EnumSet.allOf(AccessBasis.class))
                    .allSatisfy((basis, pairs) -> assertThat(pairs).as(basis.name()).isGreaterThan(20));
            assertThat(unseen).as("seed %d: most pairs see nothing", SEED).isGreaterThan(ACTORS * CASES / 2);
        });
    }

    /** A case of a random centre with a random team, and zero to four grants of every kind of validity. */
    private static CaseTeam team(CaseId caseId, Random random) {
        InstitutionId centre = pick(CENTRES, random);
        UserId assistant = random.nextInt(4) == 0 ? null : pick(PEOPLE, random);
        Set<UserId> coordinators = new HashSet<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            coordinators.add(pick(PEOPLE, random));
        }
        List<CaseGrant> grants = new ArrayList<>();
        for (int n = random.nextInt(5); n > 0; n--) {
            grants.add(grant(random));
        }
        return new CaseTeam(caseId, centre, assistant, pick(PEOPLE, random), coordinators, grants);
    }

    private static CaseGrant grant(Random random) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        do {
            categories.add(pick(List.of(DataCategory.values()), random));
        } while (random.nextBoolean());
        LocalDate from;
        LocalDate until;
        LocalDate revoked = null;
        switch (random.nextInt(6)) {
            case 0 -> {
                from = TODAY.minusDays(random.nextInt(400) + 2);
                until = TODAY.minusDays(random.nextInt(2) + 1);
            }
            case 1 -> {
                from = TODAY.plusDays(random.nextInt(2) + 1);
                until = from.plusDays(random.nextInt(300));
            }
            case 2 -> {
                from = TODAY.minusDays(random.nextInt(100));
                until = TODAY.plusDays(random.nextInt(100));
                revoked = TODAY.minusDays(random.nextInt(5));
            }
            case 3 -> {
                from = TODAY;
                until = TODAY;
            }
            default -> {
                from = TODAY.minusDays(random.nextInt(100));
                until = TODAY.plusDays(random.nextInt(100));
            }
        }
        return new CaseGrant(pick(INSTITUTIONS, random), categories, "Cel " + random.nextInt(3), from, until,
                revoked);
    }

    /** One to three roles of any kind, of one of the institutions, under one of the people's ids. */
    private static Actor actor(int n, Random random) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int count = random.nextInt(3) + 1; count > 0; count--) {
            roles.add(pick(List.of(Role.values()), random));
        }
        return new Actor(pick(PEOPLE, random), "Osoba " + n, roles, pick(INSTITUTIONS, random));
    }

    private void store(CaseTeam team) {
        jdbc.update("""
                        insert into case_summary (case_id, centre, family_name, status, social_worker_id,
                            registered_at, assistant_id, last_position)
                        values (?, ?, 'Rodzina', 'ACTIVE', ?, ?, ?, 0)""",
                team.caseId().value(), team.centre().value(), team.socialWorker().value(),
                Timestamp.valueOf(TODAY.atStartOfDay()), team.assistant() == null ? null : team.assistant().value());
        for (UserId coordinator : team.coordinators()) {
            jdbc.update("""
                            insert into case_foster_placement (position, case_id, member_id, placed_on, placement,
                                coordinator_id)
                            values (?, ?, 'dziecko', ?, 'rodzina zastępcza', ?)""",
                    nextPosition(), team.caseId().value(), Date.valueOf(TODAY), coordinator.value());
        }
        for (CaseGrant grant : team.grants()) {
            long position = nextPosition();
            jdbc.update("""
                            insert into access_grant (grant_id, case_id, institution_id, categories, purpose, basis,
                                basis_reference, valid_from, valid_until, revoked_on, position, last_position)
                            values (?, ?, ?, ?, ?, 'CONSENT', 'ZG/1', ?, ?, ?, ?, ?)""",
                    PREFIX + "grant" + position, team.caseId().value(), grant.institution().value(),
                    AccessPolicy.stored(grant.categories()), grant.purpose(), Date.valueOf(grant.validFrom()),
                    Date.valueOf(grant.validUntil()), grant.revokedOn() == null ? null
                            : Date.valueOf(grant.revokedOn()), position, position);
        }
    }

    /** Positions below every real event's, so that the rows never collide with the live read model's. */
    private long position = -1_000_000_000L;

    private long nextPosition() {
        return position++;
    }

    private Set<CaseId> selected(CaseScope scope) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("prefix", PREFIX + "%");
        return new NamedParameterJdbcTemplate(jdbc).queryForList(
                        "select s.case_id from case_summary s where s.case_id like :prefix and " + scope.condition(),
                        parameters, String.class)
                .stream().map(CaseId::new).collect(Collectors.toSet());
    }

    private static String describe(Actor actor, CaseTeam team, AccessDecision decision) {
        return actor + " and " + team + " (the rule: " + decision.bases() + ")";
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<InstitutionId> institutions(String... ids) {
        return java.util.Arrays.stream(ids).map(InstitutionId::new).toList();
    }
}
