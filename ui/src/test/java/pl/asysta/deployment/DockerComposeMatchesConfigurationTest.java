package pl.asysta.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.deployment.DeploymentFiles.composeDefault;
import static pl.asysta.deployment.DeploymentFiles.list;
import static pl.asysta.deployment.DeploymentFiles.map;
import static pl.asysta.deployment.DeploymentFiles.maps;
import static pl.asysta.deployment.DeploymentFiles.portOf;
import static pl.asysta.deployment.DeploymentFiles.realmDefault;
import static pl.asysta.deployment.DeploymentFiles.springDefault;
import static pl.asysta.deployment.DeploymentFiles.variableOf;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml must start the portal the way the portal is configured: same ports, same issuer, same
 * client and secret as the imported realm, and every setting that has no production default. A mismatch here
 * only shows when someone runs {@code docker compose up}, which the build cannot do.
 */
class DockerComposeMatchesConfigurationTest {

    private static final String REALM_MOUNT_TARGET = "/opt/keycloak/data/import";
    private static final Pattern ISSUER_REALM = Pattern.compile("/realms/([^/]+)/?$");

    private final Map<String, Object> compose = DeploymentFiles.compose();
    private final Properties portal = DeploymentFiles.oidcConfiguration();

    @Test
    void compose_runs_postgres_keycloak_and_the_portal() {
        assertThat(services()).containsKeys("postgres", "keycloak", "portal");
    }

    @Test
    void the_portal_is_published_on_its_configured_port() {
        int port = Integer.parseInt(springDefault(portal, "server.port"));

        assertThat(port).isEqualTo(8080);
        assertThat(publishedPorts(portalNetworkOwner())).contains(port + ":" + port);
        assertThat(composeDefault(environment("portal").get("PORT"))).isEqualTo(String.valueOf(port));
    }

    @Test
    void keycloak_listens_and_is_published_on_the_port_of_the_configured_issuer() {
        int issuerPort = portOf(springDefault(portal, "spring.security.oauth2.client.provider.keycloak.issuer-uri"));
        Map<String, Object> keycloak = environment("keycloak");

        assertThat(publishedPorts("keycloak")).contains(issuerPort + ":" + issuerPort);
        assertThat(composeDefault(keycloak.get("KC_HTTP_PORT"))).isEqualTo(String.valueOf(issuerPort));
        assertThat(portOf(composeDefault(keycloak.get("KC_HOSTNAME")))).isEqualTo(issuerPort);
    }

    @Test
    void the_portal_and_the_browser_see_one_issuer() {
        String issuer = composeDefault(environment("portal").get("ASYSTA_OIDC_ISSUER_URI"));
        String keycloakHostname = composeDefault(environment("keycloak").get("KC_HOSTNAME"));

        assertThat(issuer).isEqualTo(keycloakHostname + "/realms/" + realmName(issuer));
        assertThat(issuer).isEqualTo(springDefault(portal, "asysta.oidc.issuer-uri"));
        // The issuer is a localhost address; the portal can only reach it there from inside Keycloak's network.
        if ("localhost".equals(URI.create(issuer).getHost())) {
            assertThat(portalNetworkOwner()).isEqualTo("keycloak");
        }
    }

    @Test
    void keycloak_imports_the_realm_the_portal_signs_in_with() {
        String issuer = springDefault(portal, "spring.security.oauth2.client.provider.keycloak.issuer-uri");
        List<String> volumes = list(service("keycloak").get("volumes"), "keycloak volumes").stream()
                .map(String::valueOf).toList();

        assertThat(volumes).anySatisfy(volume -> assertThat(volume)
                .matches("\\./" + DeploymentFiles.REALM_DIRECTORY + ":" + REALM_MOUNT_TARGET + "(:ro)?"));
        assertThat(list(service("keycloak").get("command"), "keycloak command")).contains("--import-realm");
        assertThat(DeploymentFiles.realmFiles())
                .extracting(file -> DeploymentFiles.load(file).get("realm"))
                .contains(realmName(issuer));
    }

    @Test
    void the_portal_gets_every_setting_whose_default_only_suits_a_developer_machine() {
        Map<String, Object> environment = environment("portal");

        assertThat(DeploymentFiles.environmentVariablesReferenced(DeploymentFiles.classpathProperties(
                "application-oidc.properties")))
                .contains("ASYSTA_OIDC_ISSUER_URI", "ASYSTA_OIDC_CLIENT_SECRET")
                .allSatisfy(variable -> assertThat(environment).containsKey(variable));
        assertThat(environment).containsKeys(
                "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        assertThat(Arrays.stream(composeDefault(environment.get("SPRING_PROFILES_ACTIVE")).split(","))
                .map(String::strip)).contains("oidc");
    }

    @Test
    void the_portal_uses_the_compose_database_not_an_embedded_one() {
        String url = composeDefault(environment("portal").get("SPRING_DATASOURCE_URL"));
        URI uri = URI.create(url.substring("jdbc:".length()));

        assertThat(url).startsWith("jdbc:postgresql://");
        assertThat(uri.getHost()).isEqualTo("postgres");
        assertThat(environment("keycloak").get("KC_DB_URL")).asString()
                .startsWith("jdbc:postgresql://postgres:5432/")
                .doesNotEndWith(uri.getPath());
        assertThat(list(service("postgres").get("volumes"), "postgres volumes")).anySatisfy(volume ->
                assertThat(String.valueOf(volume)).endsWith(":/var/lib/postgresql"));
        assertThat(service("postgres")).containsKey("healthcheck");
    }

    @Test
    void portal_and_realm_agree_on_the_client_and_its_secret() {
        Map<String, Object> client = portalClient();
        String portalSecret = String.valueOf(environment("portal").get("ASYSTA_OIDC_CLIENT_SECRET"));
        String keycloakSecret = String.valueOf(environment("keycloak").get("ASYSTA_OIDC_CLIENT_SECRET"));

        assertThat(client.get("clientId"))
                .isEqualTo(springDefault(portal, "spring.security.oauth2.client.registration.keycloak.client-id"))
                .isEqualTo(composeDefault(environment("portal").get("ASYSTA_OIDC_CLIENT_ID")));
        assertThat(keycloakSecret).as("Keycloak imports the portal's secret").isEqualTo(portalSecret);
        assertThat(variableOf(client.get("secret"))).isEqualTo(variableOf(portalSecret));
        assertThat(realmDefault(client.get("secret")))
                .isEqualTo(springDefault(portal, "spring.security.oauth2.client.registration.keycloak.client-secret"));
    }

    @Test
    void the_realm_redirects_back_to_the_portals_login_endpoint() {
        String portalUrl = composeDefault(environment("keycloak").get("ASYSTA_PORTAL_URL"));
        String redirect = springDefault(portal, "spring.security.oauth2.client.registration.keycloak.redirect-uri")
                .replace("{baseUrl}", portalUrl)
                .replace("{registrationId}", "keycloak");

        assertThat(redirect).endsWith("/login/oauth2/code/keycloak");
        assertThat(portOf(portalUrl)).isEqualTo(Integer.parseInt(springDefault(portal, "server.port")));
        assertThat(list(portalClient().get("redirectUris"), "redirect URIs"))
                .extracting(DeploymentFiles::realmDefault)
                .contains(redirect);
    }

    @Test
    void the_portal_image_is_the_production_jar_run_by_an_unprivileged_user() throws IOException {
        Map<String, Object> portalService = service("portal");
        Path root = DeploymentFiles.repositoryRoot();
        String dockerfile = Files.readString(root.resolve("Dockerfile"), StandardCharsets.UTF_8);

        assertThat(portalService.get("build")).isEqualTo(".");
        assertThat(dockerfile).contains("-Pproduction", "ui/target/asysta.jar");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        String lastUser = null;
        while (user.find()) {
            lastUser = user.group(1);
        }
        assertThat(lastUser).as("the runtime stage's USER").isNotNull().doesNotStartWith("root").doesNotStartWith("0");
        assertThat(Files.isRegularFile(root.resolve(".dockerignore"))).isTrue();
    }

    @Test
    void compose_runs_the_keycloak_version_of_the_development_script() throws IOException {
        String script = Files.readString(
                DeploymentFiles.repositoryRoot().resolve("scripts/keycloak-dev.sh"), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("(?m)^KEYCLOAK_VERSION=(\\S+)$").matcher(script);

        assertThat(version.find()).isTrue();
        assertThat(service("keycloak").get("image")).isEqualTo("quay.io/keycloak/keycloak:" + version.group(1));
    }

    private Map<String, Object> services() {
        return map(compose.get("services"), "services");
    }

    private Map<String, Object> service(String name) {
        return map(services().get(name), "service " + name);
    }

    private Map<String, Object> environment(String service) {
        return map(service(service).get("environment"), "environment of " + service);
    }

    /** The service whose network namespace the portal uses, and which therefore publishes its port. */
    private String portalNetworkOwner() {
        Object networkMode = service("portal").get("network_mode");
        if (networkMode != null && String.valueOf(networkMode).startsWith("service:")) {
            return String.valueOf(networkMode).substring("service:".length());
        }
        return "portal";
    }

    /** Published ports as {@code host:container}, without bind address or protocol. */
    private List<String> publishedPorts(String serviceName) {
        Object ports = service(serviceName).get("ports");
        assertThat(ports).as("ports of %s", serviceName).isNotNull();
        return list(ports, "ports of " + serviceName).stream()
                .map(port -> composeDefault(port).replaceFirst("/(tcp|udp)$", ""))
                .map(port -> {
                    String[] parts = port.split(":");
                    String host = parts.length > 1 ? parts[parts.length - 2] : "(none)";
                    return host + ":" + parts[parts.length - 1];
                })
                .toList();
    }

    private Map<String, Object> portalClient() {
        return maps(DeploymentFiles.realm().get("clients"), "clients").stream()
                .filter(client -> client.get("clientId")
                        .equals(springDefault(portal, "spring.security.oauth2.client.registration.keycloak.client-id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the realm has no client for the portal"));
    }

    private static String realmName(String issuer) {
        Matcher matcher = ISSUER_REALM.matcher(URI.create(issuer).getPath());
        assertThat(matcher.find()).as("realm in issuer %s", issuer).isTrue();
        return matcher.group(1);
    }
}
