package pl.asysta.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.deployment.DeploymentFiles.list;
import static pl.asysta.deployment.DeploymentFiles.map;
import static pl.asysta.deployment.DeploymentFiles.maps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;

/**
 * The Keycloak realm the portal signs in with: its roles are the portal's roles, its tokens carry the claims
 * the portal reads, its test users can sign in without an interruption, and its security settings are those
 * keycloak-realm/README.md lists (lockout, one-time passwords, sessions, stored events), as the KRI regulation
 * asks.
 */
class AsystaRealmTest {

    private static final Set<Role> SIGN_IN_WITH_OTP = EnumSet.of(Role.COURT_STAFF, Role.AUDITOR, Role.ADMINISTRATOR);
    private static final int THIRTY_MINUTES = 30 * 60;
    private static final int TWELVE_HOURS = 12 * 60 * 60;
    /** Keycloak stores descriptions in VARCHAR(255) columns; a longer one makes the whole import fail. */
    private static final int KEYCLOAK_DESCRIPTION_LIMIT = 255;

    private final Map<String, Object> realm = DeploymentFiles.realm();

    @Test
    void every_portal_role_is_a_realm_role_and_there_are_no_others() {
        assertThat(realmRoleNames()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void every_test_user_can_sign_in_without_being_asked_to_complete_a_profile() {
        assertThat(users()).isNotEmpty().allSatisfy(user -> {
            String name = String.valueOf(user.get("username"));
            assertThat(user.get("enabled")).as("%s enabled", name).isEqualTo(true);
            assertThat(user.get("emailVerified")).as("%s emailVerified", name).isEqualTo(true);
            assertThat(String.valueOf(user.get("email"))).as("%s email", name).matches("[^@\\s]+@[^@\\s]+\\.[a-z]+");
            assertThat(user.get("firstName")).as("%s firstName", name).asString().isNotBlank();
            assertThat(user.get("lastName")).as("%s lastName", name).asString().isNotBlank();
            assertThat(list(user.getOrDefault("requiredActions", List.of()), "required actions")).as(name).isEmpty();
            assertThat(credentialTypes(user)).as("%s credentials", name).contains("password");
        });
    }

    @Test
    void every_test_user_has_one_portal_role_and_one_institution() {
        Map<String, String> institutionByGroupPath = institutionByGroupPath();

        assertThat(users()).allSatisfy(user -> {
            String name = String.valueOf(user.get("username"));
            List<Object> roles = list(user.get("realmRoles"), name + " realm roles");
            assertThat(roles).as("%s roles", name).hasSize(1);
            assertThat(realmRoleNames()).as("%s role", name).contains(String.valueOf(roles.getFirst()));

            List<Object> institution = list(map(user.get("attributes"), name + " attributes").get("institution"),
                    name + " institution");
            List<Object> groups = list(user.get("groups"), name + " groups");
            assertThat(institution).as("%s institution", name).hasSize(1);
            assertThat(groups).as("%s groups", name).hasSize(1);
            assertThat(institutionByGroupPath.get(String.valueOf(groups.getFirst())))
                    .as("%s: the institution attribute and the group's institution agree", name)
                    .isEqualTo(institution.getFirst());
        });
    }

    @Test
    void there_is_a_test_user_for_every_role_and_every_institution() {
        assertThat(users()).extracting(user -> list(user.get("realmRoles"), "realm roles").getFirst())
                .containsAll(realmRoleNames());
        assertThat(users()).extracting(user -> list(user.get("groups"), "groups").getFirst())
                .containsAll(institutionByGroupPath().keySet());
    }

    @Test
    void every_institution_of_the_realm_is_in_the_register_the_oidc_profile_configures() {
        Properties portal = DeploymentFiles.oidcConfiguration();
        Set<String> registered = new HashSet<>();
        for (int entry = 0; portal.containsKey("asysta.institutions.register[" + entry + "].id"); entry++) {
            String prefix = "asysta.institutions.register[" + entry + "].";
            registered.add(portal.getProperty(prefix + "id"));
            assertThat(portal.getProperty(prefix + "name")).as(prefix + "name").isNotBlank();
            assertThat(InstitutionKind.valueOf(portal.getProperty(prefix + "kind"))).as(prefix + "kind").isNotNull();
        }

        assertThat(registered).containsAll(institutionByGroupPath().values());
    }

    @Test
    void court_auditor_and_administrator_test_users_sign_in_with_a_one_time_password() {
        Map<String, Object> otpPolicy = Map.of(
                "digits", realm.get("otpPolicyDigits"),
                "period", realm.get("otpPolicyPeriod"),
                "algorithm", realm.get("otpPolicyAlgorithm"));

        assertThat(users()).allSatisfy(user -> {
            Role role = Role.valueOf(String.valueOf(list(user.get("realmRoles"), "roles").getFirst()));
            List<Map<String, Object>> otp = maps(user.get("credentials"), "credentials").stream()
                    .filter(credential -> "otp".equals(credential.get("type")))
                    .toList();
            if (!SIGN_IN_WITH_OTP.contains(role)) {
                assertThat(otp).as("%s has no OTP", user.get("username")).isEmpty();
                return;
            }
            assertThat(otp).as("%s has one OTP credential", user.get("username")).hasSize(1);
            Map<String, Object> data = json(otp.getFirst().get("credentialData"));
            Map<String, Object> secret = json(otp.getFirst().get("secretData"));
            assertThat(data).containsEntry("subType", "totp")
                    .containsEntry("secretEncoding", "BASE32")
                    .containsAllEntriesOf(otpPolicy);
            assertThat(String.valueOf(secret.get("value"))).as("a 160-bit Base32 TOTP secret")
                    .matches("[A-Z2-7]{32}");
        });
    }

    @Test
    void the_browser_sign_in_requires_a_one_time_password_from_court_staff_auditors_and_administrators() {
        Map<String, Map<String, Object>> flows = maps(realm.get("authenticationFlows"), "authentication flows").stream()
                .collect(Collectors.toMap(flow -> String.valueOf(flow.get("alias")), flow -> flow));
        Map<String, Map<String, Object>> configs = maps(realm.get("authenticatorConfig"), "authenticator configs").stream()
                .collect(Collectors.toMap(config -> String.valueOf(config.get("alias")),
                        config -> map(config.get("config"), "authenticator config")));
        Map<String, Object> browser = flows.get(String.valueOf(realm.get("browserFlow")));
        assertThat(browser).as("the realm's browser flow is defined in the file").isNotNull();

        Set<String> rolesAskedForOtp = new HashSet<>();
        for (Map<String, Object> step : executions(flows, browser)) {
            if (!"CONDITIONAL".equals(step.get("requirement")) || !Boolean.TRUE.equals(step.get("authenticatorFlow"))) {
                continue;
            }
            List<Map<String, Object>> subflow = executions(flows, flows.get(String.valueOf(step.get("flowAlias"))));
            List<Map<String, Object>> conditions = subflow.stream()
                    .filter(execution -> String.valueOf(execution.get("authenticator")).startsWith("conditional-"))
                    .toList();
            boolean requiresOtp = subflow.stream().anyMatch(execution -> "auth-otp-form".equals(execution.get("authenticator"))
                    && "REQUIRED".equals(execution.get("requirement")));
            // A sub-flow that applies to a role by that condition alone: OTP required whether configured or not.
            if (requiresOtp && conditions.size() == 1 && "conditional-user-role".equals(conditions.getFirst().get("authenticator"))) {
                Map<String, Object> condition = configs.get(String.valueOf(conditions.getFirst().get("authenticatorConfig")));
                assertThat(condition).containsEntry("negate", "false");
                rolesAskedForOtp.add(String.valueOf(condition.get("condUserRole")));
            }
        }

        assertThat(rolesAskedForOtp).containsExactlyInAnyOrderElementsOf(
                SIGN_IN_WITH_OTP.stream().map(Role::name).toList());
    }

    /** The steps of a flow in order, sub-flows flattened into their parent where they are ALTERNATIVE/REQUIRED. */
    private static List<Map<String, Object>> executions(Map<String, Map<String, Object>> flows, Map<String, Object> flow) {
        assertThat(flow).as("flow").isNotNull();
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Map<String, Object> execution : maps(flow.get("authenticationExecutions"), "executions")) {
            steps.add(execution);
            if (Boolean.TRUE.equals(execution.get("authenticatorFlow"))
                    && List.of("REQUIRED", "ALTERNATIVE").contains(String.valueOf(execution.get("requirement")))) {
                steps.addAll(executions(flows, flows.get(String.valueOf(execution.get("flowAlias")))));
            }
        }
        return steps;
    }

    @Test
    void the_portal_client_is_confidential_and_uses_the_code_flow_with_pkce_s256_only() {
        Map<String, Object> client = portalClient();
        Map<String, Object> attributes = map(client.get("attributes"), "client attributes");

        assertThat(client).containsEntry("publicClient", false)
                .containsEntry("standardFlowEnabled", true)
                .containsEntry("implicitFlowEnabled", false)
                .containsEntry("directAccessGrantsEnabled", false)
                .containsEntry("serviceAccountsEnabled", false)
                .containsEntry("clientAuthenticatorType", "client-secret");
        assertThat(attributes).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(list(client.get("redirectUris"), "redirect URIs")).extracting(DeploymentFiles::realmDefault)
                .allSatisfy(uri -> assertThat(String.valueOf(uri)).doesNotContain("*"));
        assertThat(DeploymentFiles.realmDefault(attributes.get("post.logout.redirect.uris")).split("##"))
                .allSatisfy(uri -> assertThat(uri).doesNotContain("*"));
    }

    @Test
    void tokens_and_userinfo_carry_roles_and_institution() {
        Map<String, Object> client = portalClient();
        List<Map<String, Object>> mappers = maps(client.get("protocolMappers"), "protocol mappers");

        assertThat(mappers).anySatisfy(mapper -> {
            assertThat(mapper.get("protocolMapper")).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(map(mapper.get("config"), "config")).containsEntry("claim.name", "roles")
                    .containsEntry("multivalued", "true")
                    .containsEntry("id.token.claim", "true")
                    .containsEntry("access.token.claim", "true")
                    .containsEntry("userinfo.token.claim", "true");
        });
        assertThat(mappers).anySatisfy(mapper -> {
            assertThat(mapper.get("protocolMapper")).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(map(mapper.get("config"), "config")).containsEntry("user.attribute", "institution")
                    .containsEntry("claim.name", "institution")
                    .containsEntry("jsonType.label", "String")
                    .containsEntry("id.token.claim", "true")
                    .containsEntry("userinfo.token.claim", "true");
        });
        assertThat(list(client.get("defaultClientScopes"), "default client scopes"))
                .as("name and preferred_username come from profile, sub from basic")
                .contains("profile", "email", "basic");
    }

    @Test
    void the_roles_claim_holds_exactly_the_portal_roles() {
        // With full scope the claim would also carry default-roles-asysta, offline_access, uma_authorization.
        assertThat(portalClient()).containsEntry("fullScopeAllowed", false);
        assertThat(maps(realm.get("scopeMappings"), "scope mappings"))
                .filteredOn(mapping -> portalClient().get("clientId").equals(mapping.get("client")))
                .flatExtracting(mapping -> list(mapping.get("roles"), "scope-mapped roles"))
                .containsExactlyInAnyOrderElementsOf(realmRoleNames());
    }

    @Test
    void only_an_administrator_may_change_a_users_institution() {
        Map<String, Object> provider = maps(map(realm.get("components"), "components")
                .get("org.keycloak.userprofile.UserProfileProvider"), "user profile provider").getFirst();
        Map<String, Object> profile = json(list(map(provider.get("config"), "config")
                .get("kc.user.profile.config"), "user profile config").getFirst());

        assertThat(maps(profile.get("attributes"), "profile attributes"))
                .filteredOn(attribute -> "institution".equals(attribute.get("name")))
                .singleElement()
                .satisfies(attribute -> assertThat(map(attribute.get("permissions"), "permissions").get("edit"))
                        .isEqualTo(List.of("admin")));
    }

    @Test
    void sign_in_is_protected_against_guessing_and_sessions_expire() {
        assertThat(realm).containsEntry("bruteForceProtected", true)
                .containsEntry("registrationAllowed", false);
        assertThat((Integer) realm.get("ssoSessionIdleTimeout")).isPositive().isLessThanOrEqualTo(THIRTY_MINUTES);
        assertThat((Integer) realm.get("ssoSessionMaxLifespan")).isPositive().isLessThanOrEqualTo(TWELVE_HOURS);
        assertThat(String.valueOf(realm.get("sslRequired"))).isIn("external", "all");
    }

    @Test
    void an_idle_portal_session_ends_no_later_than_the_keycloak_session() {
        Properties portal = DeploymentFiles.oidcConfiguration();
        Duration portalIdle = DurationStyle.detectAndParse(DeploymentFiles.springDefault(portal, "server.servlet.session.timeout"));

        assertThat(portalIdle).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds((Integer) realm.get("ssoSessionIdleTimeout")));
        assertThat(DeploymentFiles.springDefault(portal, "vaadin.closeIdleSessions"))
                .as("an open tab must not keep an idle session alive").isEqualTo("true");
    }

    @Test
    void sign_ins_and_administration_are_recorded() {
        assertThat(realm).containsEntry("eventsEnabled", true)
                .containsEntry("adminEventsEnabled", true)
                .containsEntry("adminEventsDetailsEnabled", true);
    }

    @Test
    void login_pages_are_polish_with_english_available() {
        assertThat(realm).containsEntry("internationalizationEnabled", true).containsEntry("defaultLocale", "pl");
        assertThat(list(realm.get("supportedLocales"), "supported locales")).contains("pl", "en");
    }

    @Test
    void descriptions_fit_keycloaks_columns() {
        assertThat(portalClient().get("description")).asString().hasSizeLessThanOrEqualTo(KEYCLOAK_DESCRIPTION_LIMIT);
        assertThat(maps(map(realm.get("roles"), "roles").get("realm"), "realm roles"))
                .extracting(role -> String.valueOf(role.get("description")))
                .allSatisfy(description -> assertThat(description).hasSizeLessThanOrEqualTo(KEYCLOAK_DESCRIPTION_LIMIT));
    }

    private List<String> realmRoleNames() {
        return maps(map(realm.get("roles"), "roles").get("realm"), "realm roles").stream()
                .map(role -> String.valueOf(role.get("name")))
                .toList();
    }

    private List<Map<String, Object>> users() {
        return maps(realm.get("users"), "users");
    }

    private Map<String, String> institutionByGroupPath() {
        return maps(realm.get("groups"), "groups").stream().collect(Collectors.toMap(
                group -> "/" + group.get("name"),
                group -> String.valueOf(list(map(group.get("attributes"), "group attributes").get("institution"),
                        "group institution").getFirst())));
    }

    private Map<String, Object> portalClient() {
        return maps(realm.get("clients"), "clients").stream()
                .filter(client -> "asysta-portal".equals(client.get("clientId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client asysta-portal in the realm"));
    }

    private static List<String> credentialTypes(Map<String, Object> user) {
        return maps(user.get("credentials"), "credentials").stream()
                .map(credential -> String.valueOf(credential.get("type")))
                .toList();
    }

    /** Keycloak keeps credential and user-profile details as JSON inside JSON strings. */
    private static Map<String, Object> json(Object embedded) {
        assertThat(embedded).isInstanceOf(String.class);
        return new Yaml(new SafeConstructor(new LoaderOptions())).load((String) embedded);
    }
}
