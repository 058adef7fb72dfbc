package pl.asysta.journeys;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the one Keycloak of the test run before the first class that needs it and leaves it to the root
 * store, which closes it when the run ends. The portal's port is chosen here too, before either starts,
 * because each must know the other's address: Keycloak's redirect URIs name the portal, the portal's issuer
 * names Keycloak. Tests get the server as a {@link KeycloakServer} parameter.
 */
final class KeycloakExtension implements BeforeAllCallback, ParameterResolver {

    static final int PORTAL_PORT = KeycloakServer.freePort();
    static final int KEYCLOAK_PORT = KeycloakServer.freePort();
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeycloakExtension.class);

    static String portalUrl() {
        return "http://localhost:" + PORTAL_PORT;
    }

    static String issuer() {
        return "http://localhost:" + KEYCLOAK_PORT + "/realms/" + KeycloakServer.REALM;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KeycloakServer.class;
    }

    @Override
    public KeycloakServer resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    static KeycloakServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(KeycloakServer.class, type -> {
            Path output = BrowserTestFiles.output();
            KeycloakServer server = KeycloakServer.start(
                    Path.of(BrowserTestFiles.required("asysta.keycloak.home")),
                    Path.of(BrowserTestFiles.required("asysta.keycloak.realm-directory")),
                    KEYCLOAK_PORT, portalUrl(), output.resolve("keycloak/keycloak.log"));
            System.out.printf("Keycloak ready at %s after %.1f s%n", server.baseUrl(), server.startTime().toMillis() / 1000.0);
            return server;
        }, KeycloakServer.class);
    }
}
