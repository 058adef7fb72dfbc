package pl.asysta.security.demo;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import pl.asysta.security.PublicResources;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;
import pl.asysta.staff.StaffDirectory;
import pl.asysta.staff.StaffMember;

/**
 * Sign-in with the demo accounts through the portal's own form. Active whenever the {@code oidc} profile is not;
 * {@link DemoAccountsGuard} has already refused to start where demo accounts are not allowed.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!" + DemoAccountsPolicy.OIDC_PROFILE)
class DemoSecurityConfiguration {

    @Bean
    SecurityFilterChain demoSignIn(HttpSecurity http) throws Exception {
        return PublicResources.permit(http)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    VaadinServiceInitListener demoSignInPage() {
        return event -> RouteConfiguration
                .forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setAnnotatedRoute(LoginView.class);
    }

    @Bean
    UserDetailsService demoAccounts() {
        return new DemoAccountDetailsService();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** On a demo installation the people to assign and consult are the demo accounts. */
    @Bean
    @Primary
    StaffDirectory demoStaffDirectory() {
        List<StaffMember> members = DemoAccounts.ALL.stream()
                .map(account -> new StaffMember(new UserId(account.username()), account.displayName(), account.role(),
                        new InstitutionId(account.institution())))
                .sorted(Comparator.comparing(StaffMember::displayName))
                .toList();
        return () -> members;
    }
}
