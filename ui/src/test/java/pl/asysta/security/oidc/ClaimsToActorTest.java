package pl.asysta.security.oidc;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.asysta.security.SignInOutcome;
import pl.asysta.security.SignInOutcome.RefusalReason;
import pl.asysta.shared.Actor;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimsToActorTest {

    @Test
    void a_keycloak_family_assistant_becomes_an_actor() {
        SignInOutcome outcome = ClaimsToActor.outcome(Map.of(
                "sub", "5f0c8a4e-7d2b-4f3a-9a59-0d6f1c2b3e4f",
                "preferred_username", "asystent",
                "name", "Anna Kowalska",
                "roles", List.of("default-roles-asysta", "offline_access", "FAMILY_ASSISTANT"),
                "institution", "ops-przykladowo"));

        assertThat(outcome).isEqualTo(new SignInOutcome.Admitted(new Actor(new UserId("asystent"), "Anna Kowalska",
                Set.of(Role.FAMILY_ASSISTANT), new InstitutionId("ops-przykladowo"))));
    }

    @Test
    void a_person_with_several_portal_roles_keeps_them_all() {
        Actor actor = admitted(Map.of("preferred_username", "kierownik", "name", "Tomasz Lewandowski",
                "roles", List.of("SOCIAL_WORKER", "CENTRE_HEAD"), "institution", "ops-przykladowo"));

        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.SOCIAL_WORKER, Role.CENTRE_HEAD);
        assertThat(actor.primaryRole()).isEqualTo(Role.SOCIAL_WORKER);
    }

    @Test
    void without_preferred_username_the_subject_identifies_the_person() {
        Actor actor = admitted(Map.of("sub", "abc-123", "roles", List.of("AUDITOR"), "institution", "ops-przykladowo"));

        assertThat(actor.userId()).isEqualTo(new UserId("abc-123"));
        assertThat(actor.displayName()).isEqualTo("abc-123");
    }

    @Test
    void a_single_role_given_as_text_counts() {
        assertThat(admitted(Map.of("sub", "s", "roles", "COURT_STAFF", "institution", "sad-rejonowy")).roles())
                .containsExactly(Role.COURT_STAFF);
    }

    @Test
    void an_account_without_a_portal_role_is_refused() {
        assertThat(ClaimsToActor.outcome(Map.of("sub", "s", "roles", List.of("offline_access"),
                "institution", "ops-przykladowo")))
                .isEqualTo(new SignInOutcome.Refused(RefusalReason.NO_KNOWN_ROLE));
        assertThat(ClaimsToActor.outcome(Map.of("sub", "s", "institution", "ops-przykladowo")))
                .isEqualTo(new SignInOutcome.Refused(RefusalReason.NO_KNOWN_ROLE));
    }

    @Test
    void an_account_without_an_institution_is_refused() {
        assertThat(ClaimsToActor.outcome(Map.of("sub", "s", "roles", List.of("FAMILY_ASSISTANT"))))
                .isEqualTo(new SignInOutcome.Refused(RefusalReason.NO_INSTITUTION));
        assertThat(ClaimsToActor.outcome(Map.of("sub", "s", "roles", List.of("FAMILY_ASSISTANT"), "institution", " ")))
                .isEqualTo(new SignInOutcome.Refused(RefusalReason.NO_INSTITUTION));
    }

    @Test
    void an_account_in_several_institutions_is_refused() {
        assertThat(ClaimsToActor.outcome(Map.of("sub", "s", "roles", List.of("INSTITUTION_STAFF"),
                "institution", List.of("szkola-podstawowa-1", "przychodnia-zdrowie"))))
                .isEqualTo(new SignInOutcome.Refused(RefusalReason.SEVERAL_INSTITUTIONS));
    }

    private static Actor admitted(Map<String, Object> claims) {
        SignInOutcome outcome = ClaimsToActor.outcome(claims);
        assertThat(outcome).isInstanceOf(SignInOutcome.Admitted.class);
        return ((SignInOutcome.Admitted) outcome).actor();
    }
}
