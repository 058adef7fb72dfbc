package pl.asysta.security.oidc;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import pl.asysta.security.PublicResources;
import pl.asysta.security.demo.DemoAccountsPolicy;

/**
 * Sign-in through Keycloak with the authorization code flow (Spring Security 7 adds PKCE S256 by default), and
 * sign-out that also ends the Keycloak session (RP-initiated logout, back to the portal's address).
 *
 * <p>Keycloak's discovery document is read at the first sign-in, not at start-up
 * ({@link LazyKeycloakRegistrations}); while Keycloak cannot be reached, a sign-in ends on
 * {@link SignInUnavailableView} instead of an error.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoAccountsPolicy.OIDC_PROFILE)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class OidcSecurityConfiguration {

    static final String LOGIN_PAGE = "/oauth2/authorization/keycloak";

    @Bean
    ClientRegistrationRepository keycloakRegistrations(OAuth2ClientProperties properties) {
        return new LazyKeycloakRegistrations(() -> new OAuth2ClientPropertiesMapper(properties).asClientRegistrations());
    }

    @Bean
    SecurityFilterChain keycloakSignIn(HttpSecurity http) throws Exception {
        return PublicResources.permit(http)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PAGE, "{baseUrl}"))
                .oauth2Login(login -> login
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new AsystaOidcUserService()))
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override
                            public <F extends OAuth2AuthorizationRequestRedirectFilter> F postProcess(F filter) {
                                filter.setAuthenticationFailureHandler(
                                        new SimpleUrlAuthenticationFailureHandler("/" + SignInUnavailableView.ROUTE));
                                return filter;
                            }
                        }))
                .build();
    }
}
