package pl.asysta.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a Keycloak administrator would look up or do by hand, through Keycloak's admin REST API: a user's
 * sessions, whether brute-force protection has locked an account, unlocking it, adding and removing a user.
 */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    KeycloakAdmin(KeycloakServer keycloak) {
        this.baseUrl = keycloak.baseUrl();
    }

    String userId(String username) {
        JsonNode users = get("/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        if (users.size() != 1) {
            throw new IllegalStateException("Expected one Keycloak user " + username + ", found " + users.size());
        }
        return users.get(0).get("id").asText();
    }

    int sessionCount(String username) {
        return get("/users/" + userId(username) + "/sessions").size();
    }

    boolean lockedOut(String username) {
        return get("/attack-detection/brute-force/users/" + userId(username)).path("disabled").asBoolean();
    }

    void unlock(String username) {
        send("DELETE", "/attack-detection/brute-force/users/" + userId(username), null);
    }

    void endSessions(String username) {
        send("POST", "/users/" + userId(username) + "/logout", null);
    }

    /** A new account as an administrator creates it in the console: profile, password, one role, one institution. */
    void createUser(String username, String password, String role, String institution) {
        send("POST", "/users", Map.of(
                "username", username,
                "enabled", true,
                "email", username + "@" + institution + ".example",
                "emailVerified", true,
                "firstName", "Test",
                "lastName", "Newcomer",
                "attributes", Map.of("institution", List.of(institution)),
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))));
        JsonNode realmRole = get("/roles/" + role);
        send("POST", "/users/" + userId(username) + "/role-mappings/realm", List.of(JSON.convertValue(realmRole, Map.class)));
    }

    void deleteUser(String username) {
        send("DELETE", "/users/" + userId(username), null);
    }

    private JsonNode get(String path) {
        try {
            return JSON.readTree(send("GET", path, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String send(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + KeycloakServer.REALM + path))
                    .header("Authorization", "Bearer " + token())
                    .header("Content-Type", "application/json")
                    .method(method, publisher)
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh admin token for every call: admin tokens live one minute, and the calls are few. */
    private String token() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + KeycloakServer.ADMIN
                + "&password=" + KeycloakServer.ADMIN_PASSWORD;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the admin sign-in: " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }
}
