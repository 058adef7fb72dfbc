package pl.asysta.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Static files that the sign-in page itself needs, so they must load before anyone signs in (Vaadin's own
 * resources are opened by {@code VaadinSecurityConfigurer}).
 */
public final class PublicResources {

    private static final String[] PATHS = {"/styles/**"};

    private PublicResources() {
    }

    public static HttpSecurity permit(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(PATHS).permitAll());
    }
}
