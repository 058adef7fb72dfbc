package pl.asysta.journeys;

import java.util.List;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.institutions.ui.InstitutionDirectory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test user of the realm signs in through Keycloak's own page (with a one-time password where the role
 * requires one), lands on the role's start page with their name, role and institution in the header, is
 * refused another role's page, and signs out of Keycloak too. Each page is scanned with axe-core.
 */
class EveryRoleSignsInThroughKeycloakIT extends KeycloakJourney {

    @Autowired
    InstitutionDirectory institutions;

    static List<RealmTestUser> testUsers() {
        return RealmTestUser.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testUsers")
    void signs_in_sees_their_start_page_only_and_signs_out_of_keycloak(RealmTestUser user) {
        Role role = user.role();
        Role another = Role.values()[(role.ordinal() + 1) % Role.values().length];

        page.navigate(portal("/"));
        signInOnKeycloak(user);

        expectStartPage(role);
        Locator person = page.locator("#signed-in-person");
        assertThat(person).containsText(user.displayName());
        assertThat(person).containsText(polish("role." + role.name()));
        assertThat(person).containsText(institutions.displayName(new InstitutionId(user.institution())));
        List<String> menu = page.locator("#main-menu vaadin-side-nav-item").allInnerTexts().stream()
                .map(String::strip).toList();
        assertThat(menu).containsExactly(polish("start." + role.name() + ".menu"));
        Accessibility.assertNoViolations(page);
        BrowserTestFiles.screenshot(page, "start-" + fileName(role.name()) + "-" + fileName(user.username()));

        page.navigate(portal(startRoute(another)));
        assertThat(page.locator("h1")).hasText(polish("error.not-available.title"));
        Accessibility.assertNoViolations(page);

        page.navigate(portal(startRoute(role)));
        expectStartPage(role);
        page.locator("#sign-out").click();

        expectKeycloakSignInForm();
        assertThat(keycloak.sessionCount(user.username())).as("Keycloak sessions after sign-out").isZero();
        page.navigate(portal(startRoute(role)));
        expectKeycloakSignInForm();
    }
}
