package pl.asysta.start;

import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import pl.asysta.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

class StartPagesTest {

    @Test
    void each_start_page_opens_for_its_own_role_only() {
        for (Role role : Role.values()) {
            RolesAllowed allowed = StartPages.of(role).view().getAnnotation(RolesAllowed.class);

            assertThat(allowed).as(role.name()).isNotNull();
            assertThat(allowed.value()).as(role.name()).containsExactly(role.name());
        }
    }

    @Test
    void every_role_has_its_own_start_page() {
        assertThat(Arrays.stream(Role.values()).map(role -> StartPages.of(role).view()))
                .doesNotHaveDuplicates();
    }
}
