package pl.asysta.cases.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.sharing.domain.AgenciesFixture.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;

/** What one person is to one case, and which of an institution's grants count on a given day. */
class CaseTeamTest {

    static final CaseTeam NOWAKS = new CaseTeam(CASE, OPS, ASSISTANT.userId(), SOCIAL_WORKER.userId(),
            Set.of(COORDINATOR.userId()), List.of(
                    grant(SCHOOL, "Nauka", TODAY.minusMonths(2), TODAY.minusDays(1), DataCategory.EDUCATION),
                    grant(SCHOOL, "Frekwencja", TODAY, TODAY, DataCategory.BASIC),
                    grant(CLINIC, "Szczepienia", TODAY.plusDays(1), TODAY.plusMonths(1), DataCategory.HEALTH),
                    new CaseGrant(TEAM_MEMBER.institutionId(), Set.of(DataCategory.VIOLENCE), "Niebieska Karta",
                            TODAY.minusMonths(1), TODAY.plusMonths(1), TODAY.minusDays(3))));

    @Test
    void each_member_of_the_case_team_is_named_for_their_part() {
        assertThat(NOWAKS.rolesOf(ASSISTANT, TODAY)).containsExactly(TeamRole.ASSISTANT);
        assertThat(NOWAKS.rolesOf(SOCIAL_WORKER, TODAY)).containsExactly(TeamRole.SOCIAL_WORKER);
        assertThat(NOWAKS.rolesOf(HEAD, TODAY)).containsExactly(TeamRole.HEAD);
        assertThat(NOWAKS.rolesOf(COORDINATOR, TODAY)).containsExactly(TeamRole.COORDINATOR);
        assertThat(NOWAKS.rolesOf(TEACHER, TODAY)).containsExactly(TeamRole.GRANT_HOLDER);
        for (Actor outsider : List.of(OTHER_ASSISTANT, OTHER_SOCIAL_WORKER, OTHER_CENTRE_HEAD, OTHER_COORDINATOR,
                OTHER_TEACHER, AUDITOR, ADMINISTRATOR, COURT_STAFF)) {
            assertThat(NOWAKS.rolesOf(outsider, TODAY)).as(outsider.displayName()).isEmpty();
        }
    }

    @Test
    void a_head_who_also_assists_the_family_plays_both_parts() {
        Actor both = actor(ASSISTANT.userId().value(), OPS, Role.FAMILY_ASSISTANT, Role.CENTRE_HEAD);

        assertThat(NOWAKS.rolesOf(both, TODAY)).containsExactly(TeamRole.ASSISTANT, TeamRole.HEAD);
        assertThat(NOWAKS.worksOnCase(both)).isTrue();
    }

    @Test
    void a_coordinator_of_another_familys_child_is_nobody_to_this_case() {
        assertThat(NOWAKS.rolesOf(OTHER_COORDINATOR, TODAY)).isEmpty();
        assertThat(NOWAKS.worksOnCase(COORDINATOR)).isFalse();
    }

    @Test
    void only_grants_active_on_the_day_count_from_their_first_to_their_last_day_unless_revoked() {
        assertThat(NOWAKS.grantedTo(SCHOOL, TODAY)).containsExactly(DataCategory.BASIC);
        assertThat(NOWAKS.grantedTo(SCHOOL, TODAY.minusDays(1))).containsExactly(DataCategory.EDUCATION);
        assertThat(NOWAKS.grantedTo(SCHOOL, TODAY.plusDays(1))).isEmpty();
        assertThat(NOWAKS.grantedTo(CLINIC, TODAY)).as("not valid yet").isEmpty();
        assertThat(NOWAKS.grantedTo(CLINIC, TODAY.plusDays(1))).containsExactly(DataCategory.HEALTH);
        assertThat(NOWAKS.grantedTo(TEAM_MEMBER.institutionId(), TODAY)).as("revoked").isEmpty();
        assertThat(NOWAKS.rolesOf(TEAM_MEMBER, TODAY)).isEmpty();
        assertThat(NOWAKS.rolesOf(NURSE, TODAY.plusDays(1))).containsExactly(TeamRole.GRANT_HOLDER);
        assertThat(NOWAKS.grantPurposes(SCHOOL, TODAY)).containsExactly("Frekwencja");
    }

    @Test
    void a_grant_names_an_institution_not_a_role_so_its_supporting_family_or_court_gets_nothing_from_it() {
        CaseTeam granted = NOWAKS.withGrants(List.of(grant(SUPPORTING_FAMILY.institutionId(), "Pomoc", TODAY, TODAY,
                DataCategory.SUPPORT), grant(COURT_STAFF.institutionId(), "Opinia", TODAY, TODAY, DataCategory.COURT)));

        assertThat(granted.rolesOf(SUPPORTING_FAMILY, TODAY)).isEmpty();
        assertThat(granted.rolesOf(COURT_STAFF, TODAY)).isEmpty();
    }

    private static CaseGrant grant(InstitutionId institution, String purpose, LocalDate from, LocalDate until,
                                   DataCategory category) {
        return new CaseGrant(institution, Set.of(category), purpose, from, until, null);
    }
}
