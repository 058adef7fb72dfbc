package pl.asysta.security.oidc;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import pl.asysta.security.PublicResources;
import pl.asysta.security.demo.DemoAccountsPolicy;

/**
 * Sign-in through Keycloak with the authorization code flow (Spring Security 7 adds PKCE S256 by default), and
 * sign-out that also ends the Keycloak session (RP-initiated logout, back to the portal's address).
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoAccountsPolicy.OIDC_PROFILE)
class OidcSecurityConfiguration {

    static final String LOGIN_PAGE = "/oauth2/authorization/keycloak";

    @Bean
    SecurityFilterChain keycloakSignIn(HttpSecurity http) throws Exception {
        return PublicResources.permit(http)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PAGE, "{baseUrl}"))
                .oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new AsystaOidcUserService())))
                .build();
    }
}
