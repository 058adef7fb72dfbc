package pl.asysta.security.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import pl.asysta.AsystaApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoAccountsRefusedTest {

    @Test
    void the_portal_refuses_to_start_with_demo_accounts_on_an_external_database() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(AsystaApplication.class)
                .properties("spring.datasource.url=jdbc:postgresql://db.invalid:5432/asysta")
                .run())
                .isInstanceOf(DemoAccountsRefused.class)
                .hasMessage("Demo accounts are refused with an external database: sign in through Keycloak "
                        + "(profile oidc) or set asysta.demo-accounts=true for a demo installation.");
    }

    @Test
    void demo_accounts_are_allowed_on_the_embedded_database() {
        assertThat(DemoAccountsPolicy.demoAccountsAllowed(new MockEnvironment())).isTrue();
    }

    @Test
    void an_external_database_allows_demo_accounts_only_when_the_installation_says_so() {
        MockEnvironment external = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/asysta");

        assertThat(DemoAccountsPolicy.demoAccountsAllowed(external)).isFalse();
        assertThat(DemoAccountsPolicy.demoAccountsAllowed(external.withProperty("asysta.demo-accounts", "true")))
                .isTrue();
    }

    @Test
    void with_keycloak_sign_in_there_are_no_demo_accounts_to_refuse() {
        MockEnvironment keycloak = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/asysta");
        keycloak.setActiveProfiles("oidc");

        assertThat(DemoAccountsPolicy.demoSignInActive(keycloak)).isFalse();
        DemoAccountsPolicy.check(keycloak);
    }
}
