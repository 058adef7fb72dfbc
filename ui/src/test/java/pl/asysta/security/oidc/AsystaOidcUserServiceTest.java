package pl.asysta.security.oidc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import pl.asysta.security.ActorPrincipal;
import pl.asysta.security.SignInOutcome;
import pl.asysta.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The Keycloak user as the portal keeps it; the registration is built in memory, so nothing is discovered. */
class AsystaOidcUserServiceTest {

    private static final ClientRegistration KEYCLOAK = ClientRegistration.withRegistrationId("keycloak")
            .clientId("asysta-portal")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .authorizationUri("http://localhost:8180/realms/asysta/protocol/openid-connect/auth")
            .tokenUri("http://localhost:8180/realms/asysta/protocol/openid-connect/token")
            .userNameAttributeName("preferred_username")
            .scope("openid", "profile")
            .build();

    @Test
    void portal_roles_from_the_roles_claim_become_spring_roles() {
        OidcUser user = load(Map.of("sub", "u-1", "preferred_username", "koordynator", "name", "Ewa Dąbrowska",
                "roles", List.of("FOSTER_CARE_COORDINATOR", "offline_access"), "institution", "pcpr-powiat"));

        assertThat(AuthorityUtils.authorityListToSet(user.getAuthorities()))
                .contains("ROLE_FOSTER_CARE_COORDINATOR", "OIDC_USER")
                .doesNotContain("ROLE_offline_access");
        assertThat(user.getName()).isEqualTo("koordynator");
        assertThat(user).isInstanceOf(ActorPrincipal.class);
        SignInOutcome outcome = ((ActorPrincipal) user).signInOutcome();
        assertThat(outcome).isInstanceOfSatisfying(SignInOutcome.Admitted.class, admitted ->
                assertThat(admitted.actor().roles()).isEqualTo(Set.of(Role.FOSTER_CARE_COORDINATOR)));
    }

    @Test
    void an_account_without_institution_signs_in_with_no_role_and_is_told_why() {
        OidcUser user = load(Map.of("sub", "u-2", "preferred_username", "nowy", "roles", List.of("FAMILY_ASSISTANT")));

        assertThat(AuthorityUtils.authorityListToSet(user.getAuthorities())).noneMatch(a -> a.startsWith("ROLE_"));
        assertThat(((ActorPrincipal) user).signInOutcome())
                .isEqualTo(new SignInOutcome.Refused(SignInOutcome.RefusalReason.NO_INSTITUTION));
    }

    private static OidcUser load(Map<String, Object> claims) {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(300), claims);
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token",
                now, now.plusSeconds(300), Set.of("openid", "profile"));
        List<GrantedAuthority> keycloakAuthorities = AuthorityUtils.createAuthorityList("OIDC_USER", "SCOPE_openid");
        AsystaOidcUserService service = new AsystaOidcUserService(
                request -> new DefaultOidcUser(keycloakAuthorities, request.getIdToken(), "sub"));
        return service.loadUser(new OidcUserRequest(KEYCLOAK, accessToken, idToken));
    }
}
