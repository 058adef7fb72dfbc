package pl.asysta.security.oidc;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import pl.asysta.security.ActorPrincipal;
import pl.asysta.security.SignInOutcome;

/**
 * A person signed in through Keycloak. The actor is read from the claims whenever asked, so the principal stays
 * a plain, serialisable OIDC user.
 */
final class AsystaOidcUser extends DefaultOidcUser implements ActorPrincipal {

    AsystaOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                   String nameAttributeKey) {
        super(authorities, idToken, userInfo, nameAttributeKey);
    }

    @Override
    public SignInOutcome signInOutcome() {
        return ClaimsToActor.outcome(getClaims());
    }
}
