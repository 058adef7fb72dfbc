package pl.asysta.security.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import pl.asysta.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAccountsTest {

    @Test
    void every_role_has_a_demo_account() {
        Set<Role> roles = DemoAccounts.ALL.stream().map(DemoAccount::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

        assertThat(roles).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void the_published_password_matches_the_stored_bcrypt_hash() {
        assertThat(DemoAccounts.PASSWORD_HASH).startsWith("{bcrypt}");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches(DemoAccounts.PASSWORD, DemoAccounts.PASSWORD_HASH)).isTrue();
    }

    @Test
    void user_names_are_unique() {
        assertThat(DemoAccounts.ALL.stream().map(DemoAccount::username)).doesNotHaveDuplicates();
    }

    @Test
    void the_demo_accounts_document_lists_every_account() throws IOException {
        String document = Files.readString(Path.of("DEMO-ACCOUNTS.md"), StandardCharsets.UTF_8);

        for (DemoAccount account : DemoAccounts.ALL) {
            assertThat(document).contains("| `%s` | `%s` | %s | `%s` | %s |".formatted(account.username(),
                    DemoAccounts.PASSWORD, account.role().name(), account.institution(), account.displayName()));
        }
        assertThat(document.lines().filter(line -> line.contains("| `" + DemoAccounts.PASSWORD + "` |")))
                .hasSize(DemoAccounts.ALL.size());
    }
}
