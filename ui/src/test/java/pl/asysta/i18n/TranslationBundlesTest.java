package pl.asysta.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import pl.asysta.security.SignInOutcome.RefusalReason;
import pl.asysta.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TranslationBundlesTest {

    /**
     * {@code getTranslation("key")}, {@code getTranslation(locale, "key", ...)}, {@code translate("key")} and the
     * form helpers that take a key ({@code super("dialog.title", ...)}, {@code saveText}, {@code offer},
     * {@code sectionTitle}, {@code empty}), with a literal key.
     */
    private static final Pattern TRANSLATION_CALL = Pattern.compile(
            "(?:getTranslation|translate|super|saveText|offer|sectionTitle|empty)\\(\\s*(?:[\\w.]+\\s*,\\s*)?"
                    + "\"([a-z][\\w.-]*\\.[\\w.-]+)\"\\s*[,)]");
    private static final Pattern RULE_VIOLATION = Pattern.compile("new DomainRuleViolation\\(\\s*\"([^\"]+)\"");

    private final Properties polish = load("vaadin-i18n/translations.properties");
    private final Properties english = load("vaadin-i18n/translations_en.properties");

    @Test
    void polish_and_english_have_the_same_keys() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(polish.stringPropertyNames());
    }

    @Test
    void no_text_is_empty() {
        Stream.of(polish, english).forEach(bundle -> bundle.stringPropertyNames().forEach(key ->
                assertThat(bundle.getProperty(key)).as(key).isNotBlank()));
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> used = literalsIn(Path.of("src/main/java"), TRANSLATION_CALL);

        assertThat(used).isNotEmpty();
        assertThat(polish.stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_business_rule_of_the_domain_can_be_said() throws IOException {
        Set<String> rules = new TreeSet<>();
        literalsIn(Path.of("../domain/src/main/java"), RULE_VIOLATION).forEach(key -> rules.add("rule." + key));
        literalsIn(Path.of("../application/src/main/java"), RULE_VIOLATION).forEach(key -> rules.add("rule." + key));

        assertThat(polish.stringPropertyNames()).containsAll(rules);
    }

    @Test
    void every_role_has_a_name_and_a_start_page_text() {
        for (Role role : Role.values()) {
            assertThat(polish).containsKeys("role." + role.name(), "start." + role.name() + ".title",
                    "start." + role.name() + ".description", "start." + role.name() + ".menu");
        }
    }

    @Test
    void every_refusal_has_a_reason() {
        for (RefusalReason reason : RefusalReason.values()) {
            assertThat(polish).containsKey("refused.reason." + reason.name());
        }
    }

    @Test
    void texts_with_arguments_are_valid_message_formats() {
        Stream.of(polish, english).forEach(bundle -> bundle.stringPropertyNames().stream()
                .filter(key -> bundle.getProperty(key).contains("{0}"))
                .forEach(key -> assertThatCode(() -> new MessageFormat(bundle.getProperty(key)).format(new Object[]{"x"}))
                        .as(key).doesNotThrowAnyException()));
    }

    @Test
    void polish_is_the_answer_for_any_language_but_english() {
        Translations translations = new Translations();

        assertThat(translations.getTranslation("shell.sign-out", Locale.GERMAN)).isEqualTo("Wyloguj się");
        assertThat(translations.getTranslation("shell.sign-out", Locale.UK)).isEqualTo("Sign out");
        assertThat(translations.getTranslation("shell.sign-out", null)).isEqualTo("Wyloguj się");
    }

    private static Set<String> literalsIn(Path sources, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }

    private static Properties load(String resource) {
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
