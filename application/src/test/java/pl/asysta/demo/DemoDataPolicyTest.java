package pl.asysta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo gmina appears where someone tries the portal out, and nowhere else unless asked for. */
class DemoDataPolicyTest {

    @Test
    void the_embedded_default_database_gets_the_demo_gmina() {
        assertThat(DemoDataPolicy.seeds(new MockEnvironment())).isTrue();
    }

    @Test
    void a_throw_away_test_database_gets_none_unless_the_test_asks() {
        MockEnvironment tests = new MockEnvironment().withProperty("asysta.embedded-database.ephemeral", "true");
        assertThat(DemoDataPolicy.seeds(tests)).isFalse();
        assertThat(DemoDataPolicy.seeds(tests.withProperty("asysta.demo-data", "true"))).isTrue();
    }

    @Test
    void an_installation_with_its_own_database_gets_none_unless_it_asks() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/asysta");
        assertThat(DemoDataPolicy.seeds(production)).isFalse();
        assertThat(DemoDataPolicy.seeds(production.withProperty("asysta.demo-data", "true"))).isTrue();
    }

    @Test
    void the_switch_turns_the_demo_off_even_on_the_embedded_database() {
        assertThat(DemoDataPolicy.seeds(new MockEnvironment().withProperty("asysta.demo-data", "false"))).isFalse();
    }
}
