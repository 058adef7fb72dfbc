package pl.asysta.security.oidc;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import pl.asysta.security.Roles;
import pl.asysta.security.SignInOutcome;

/**
 * Loads the Keycloak user as usual and adds the portal roles from the {@code roles} claim as {@code ROLE_*}
 * authorities, which Vaadin's {@code @RolesAllowed} checks. A person without a portal role or institution still
 * signs in, with no role at all, and is shown why they cannot go further.
 */
final class AsystaOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> keycloak;

    AsystaOidcUserService() {
        this(new OidcUserService());
    }

    AsystaOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> keycloak) {
        this.keycloak = keycloak;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = keycloak.loadUser(request);
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
        authorities.removeIf(authority -> authority.getAuthority().startsWith("ROLE_"));
        if (ClaimsToActor.outcome(user.getClaims()) instanceof SignInOutcome.Admitted admitted) {
            authorities.addAll(Roles.authorities(admitted.actor().roles()));
        }
        String nameAttribute = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint()
                .getUserNameAttributeName();
        return new AsystaOidcUser(authorities, user.getIdToken(), user.getUserInfo(),
                nameAttribute == null || nameAttribute.isBlank() ? ClaimsToActor.SUBJECT : nameAttribute);
    }
}
