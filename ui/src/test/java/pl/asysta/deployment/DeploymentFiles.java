package pl.asysta.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.util.PropertyPlaceholderHelper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment files at the repository root (docker-compose.yml, the Keycloak realm) and the portal's own
 * configuration, read the way the tools that use them read them, with every placeholder at its default.
 */
final class DeploymentFiles {

    static final String COMPOSE_FILE = "docker-compose.yml";
    static final String REALM_DIRECTORY = "keycloak-realm";
    static final String REALM_FILE = REALM_DIRECTORY + "/asysta-realm.json";

    /** Compose interpolation: {@code ${NAME}}, {@code ${NAME:-default}} or {@code ${NAME-default}}. */
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}");
    /** Keycloak's realm-file placeholders and Spring's: {@code ${NAME}} or {@code ${NAME:default}}. */
    private static final Pattern VARIABLE_NAME = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern COLON_PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    private DeploymentFiles() {
    }

    /**
     * The repository root, found by walking up from the working directory (the module directory under Maven,
     * the repository or the module in an IDE) to the directory that holds both the compose file and the
     * Maven wrapper.
     */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(COMPOSE_FILE)) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No " + COMPOSE_FILE + " next to mvnw above " + Path.of("").toAbsolutePath());
    }

    static Map<String, Object> compose() {
        return load(repositoryRoot().resolve(COMPOSE_FILE));
    }

    static Map<String, Object> realm() {
        return load(repositoryRoot().resolve(REALM_FILE));
    }

    /** JSON is read with the YAML parser too: one parser for both files, and JSON is valid YAML. */
    static Map<String, Object> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            assertThat(document).as("content of %s", file).isNotNull();
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> realmFiles() {
        try (Stream<Path> files = Files.list(repositoryRoot().resolve(REALM_DIRECTORY))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties classpathProperties(String name) {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(
                DeploymentFiles.class.getClassLoader().getResourceAsStream(name), name + " on the classpath")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The portal's configuration with the oidc profile on: application.properties overlaid by the profile file. */
    static Properties oidcConfiguration() {
        Properties merged = classpathProperties("application.properties");
        merged.putAll(classpathProperties("application-oidc.properties"));
        return merged;
    }

    /** A property as Spring resolves it when no environment variable is set: every placeholder at its default. */
    static String springDefault(Properties properties, String key) {
        String raw = properties.getProperty(key);
        assertThat(raw).as("property %s", key).isNotNull();
        PropertyPlaceholderHelper helper = new PropertyPlaceholderHelper("${", "}", ":", null, false);
        return helper.replacePlaceholders(raw, properties::getProperty);
    }

    /** The environment-variable names a configuration refers to, e.g. {@code ASYSTA_OIDC_ISSUER_URI}. */
    static List<String> environmentVariablesReferenced(Properties properties) {
        return properties.stringPropertyNames().stream()
                .map(properties::getProperty)
                .flatMap(value -> COLON_PLACEHOLDER.matcher(value).results().map(m -> m.group(1)))
                .filter(name -> name.matches("[A-Z][A-Z0-9_]*"))
                .distinct()
                .sorted()
                .toList();
    }

    /** A compose value as {@code docker compose} interpolates it with an empty environment. */
    static String composeDefault(Object value) {
        assertThat(value).as("compose value").isNotNull();
        return replace(COMPOSE_VARIABLE, String.valueOf(value));
    }

    /** A realm-file value as Keycloak's import resolves it with an empty environment. */
    static String realmDefault(Object value) {
        assertThat(value).as("realm value").isNotNull();
        return replace(COLON_PLACEHOLDER, String.valueOf(value));
    }

    private static String replace(Pattern placeholder, String value) {
        Matcher matcher = placeholder.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String fallback = matcher.group(2);
            assertThat(fallback).as("default of %s in '%s'", matcher.group(1), value).isNotNull();
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(fallback));
        }
        return matcher.appendTail(resolved).toString();
    }

    /** The variable a compose or realm placeholder names, e.g. {@code ASYSTA_OIDC_CLIENT_SECRET}. */
    static String variableOf(Object value) {
        Matcher matcher = VARIABLE_NAME.matcher(String.valueOf(value));
        assertThat(matcher.find()).as("'%s' refers to a variable", value).isTrue();
        return matcher.group(1);
    }

    static int portOf(String url) {
        URI uri = URI.create(url);
        assertThat(uri.getPort()).as("explicit port in %s", url).isPositive();
        return uri.getPort();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value, String what) {
        List<Object> items = list(value, what);
        items.forEach(item -> assertThat(item).as("entry of %s", what).isInstanceOf(Map.class));
        return (List<Map<String, Object>>) (List<?>) items;
    }
}
