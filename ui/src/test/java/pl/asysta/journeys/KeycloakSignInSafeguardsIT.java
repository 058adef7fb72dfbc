package pl.asysta.journeys;

import org.junit.jupiter.api.Test;

import pl.asysta.shared.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeps children's files closed around the sign-in: wrong passwords, password guessing, a session left
 * idle, and a new court account without a second factor.
 */
class KeycloakSignInSafeguardsIT extends KeycloakJourney {

    @Test
    void a_wrong_password_is_refused_on_keycloaks_page_and_the_portal_stays_closed() {
        RealmTestUser user = RealmTestUser.named("ewa.zielinska");
        try {
            page.navigate(portal("/"));
            typePassword(user.username(), "Not-The-Password-1");

            assertThat(page.locator("#input-error-username")).hasText("Nieprawidłowa nazwa użytkownika lub hasło.");
            expectKeycloakSignInForm();
            page.navigate(portal(startRoute(user.role())));
            expectKeycloakSignInForm();
        } finally {
            keycloak.unlock(user.username());
        }
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it() {
        RealmTestUser user = RealmTestUser.named("piotr.wisniewski");
        try {
            page.navigate(portal("/"));
            for (int attempt = 1; attempt <= 5 && !keycloak.lockedOut(user.username()); attempt++) {
                typePassword(user.username(), "Guess-number-" + attempt);
                assertThat(page.locator("#input-error-username")).isVisible();
            }
            assertThat(keycloak.lockedOut(user.username())).as("locked by brute-force protection").isTrue();

            typePassword(user.username(), RealmTestUser.PASSWORD);
            assertThat(page.locator("#input-error-username")).isVisible();
            expectKeycloakSignInForm();

            keycloak.unlock(user.username());
            typePassword(user.username(), RealmTestUser.PASSWORD);
            expectStartPage(Role.FAMILY_ASSISTANT);
            page.locator("#sign-out").click();
            expectKeycloakSignInForm();
        } finally {
            keycloak.unlock(user.username());
        }
    }

    @Test
    void after_the_session_expires_the_next_click_asks_for_the_password_again() {
        RealmTestUser user = RealmTestUser.named("katarzyna.nowicka");
        page.navigate(portal("/"));
        signInOnKeycloak(user);
        expectStartPage(user.role());
        String sessionId = browserContext.cookies(portal("/")).stream()
                .filter(cookie -> "JSESSIONID".equals(cookie.name))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the portal set no session cookie"));

        // Both idle timeouts are 30 minutes (server.servlet.session.timeout, the realm's ssoSessionIdleTimeout).
        portalSessions.expire(sessionId);
        keycloak.endSessions(user.username());
        page.locator("#language-switch").click();

        expectKeycloakSignInForm();
        assertThat(portalSessions.isOpen(sessionId)).isFalse();
    }

    @Test
    void a_new_court_account_must_set_up_a_one_time_password_before_it_gets_in() {
        String username = "test.nowy.sad";
        keycloak.createUser(username, RealmTestUser.PASSWORD, Role.COURT_STAFF.name(), "sad-rejonowy");
        try {
            page.navigate(portal("/"));
            typePassword(username, RealmTestUser.PASSWORD);

            assertThat(page.locator("#kc-totp-settings")).isVisible();
            assertThat(page.locator("#totp")).isVisible();
            assertThat(page.url()).as("still on Keycloak, not in the portal").startsWith(KeycloakExtension.issuer());
        } finally {
            keycloak.deleteUser(username);
        }
    }

    @Test
    void a_new_assistant_account_signs_in_with_the_password_alone() {
        String username = "test.nowy.asystent";
        keycloak.createUser(username, RealmTestUser.PASSWORD, Role.FAMILY_ASSISTANT.name(), "ops-przykladowo");
        try {
            page.navigate(portal("/"));
            typePassword(username, RealmTestUser.PASSWORD);

            expectStartPage(Role.FAMILY_ASSISTANT);
            assertThat(page.locator("#signed-in-person")).containsText("Test Newcomer");
        } finally {
            keycloak.deleteUser(username);
        }
    }
}
