package pl.asysta.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import pl.asysta.shared.Role;

/**
 * A test user of the realm file, read from the file itself so that the journeys follow the realm: name, role,
 * institution, and the Base32 TOTP secret of those who sign in with a one-time password.
 */
record RealmTestUser(String username, String displayName, Role role, String institution, Optional<String> totpSecret) {

    /** The shared password of the realm's test users (keycloak-realm/README.md). */
    static final String PASSWORD = "Asysta-Demo-2026";

    static List<RealmTestUser> all() {
        ObjectMapper json = new ObjectMapper();
        Path realmFile = Path.of(BrowserTestFiles.required("asysta.keycloak.realm-directory"), "asysta-realm.json");
        try {
            List<RealmTestUser> users = new ArrayList<>();
            for (JsonNode user : json.readTree(realmFile.toFile()).get("users")) {
                Optional<String> secret = Optional.empty();
                for (JsonNode credential : user.get("credentials")) {
                    if ("otp".equals(credential.get("type").asText())) {
                        secret = Optional.of(json.readTree(credential.get("secretData").asText()).get("value").asText());
                    }
                }
                users.add(new RealmTestUser(user.get("username").asText(),
                        user.get("firstName").asText() + " " + user.get("lastName").asText(),
                        Role.valueOf(user.get("realmRoles").get(0).asText()),
                        user.get("attributes").get("institution").get(0).asText(),
                        secret));
            }
            return users;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RealmTestUser named(String username) {
        return all().stream().filter(user -> user.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No test user " + username + " in the realm"));
    }

    @Override
    public String toString() {
        return username + " (" + role + ")";
    }
}
