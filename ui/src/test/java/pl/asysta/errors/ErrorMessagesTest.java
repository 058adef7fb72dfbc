package pl.asysta.errors;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pl.asysta.i18n.Translations;
import pl.asysta.shared.DomainRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMessagesTest {

    /** The real bundles plus one business rule, as the domain will bring them. */
    private final Translations translations = new Translations() {
        private final Map<String, String> rules = Map.of("rule.caseload.full", "Asystent {0} ma już {1} rodzin.");

        @Override
        public boolean hasTranslation(String key) {
            return rules.containsKey(key) || super.hasTranslation(key);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return rules.containsKey(key)
                    ? new MessageFormat(rules.get(key), locale).format(params)
                    : super.getTranslation(key, locale, params);
        }
    };

    private final ErrorMessages messages = new ErrorMessages(translations);

    @Test
    void a_broken_business_rule_is_said_in_its_own_words() {
        String sentence = messages.describe(
                new IllegalStateException(new DomainRuleViolation("caseload.full", "Anna Kowalska", 15)),
                Translations.POLISH);

        assertThat(sentence).isEqualTo("Asystent Anna Kowalska ma już 15 rodzin.");
    }

    @Test
    void an_unexpected_error_gives_an_incident_number_and_no_technical_detail() {
        String sentence = messages.describe(new NullPointerException("secret internal detail"), Translations.ENGLISH);

        assertThat(sentence)
                .startsWith("An unexpected error occurred.")
                .matches(".*incident number [0-9a-f]{8}\\.")
                .doesNotContain("NullPointerException", "secret internal detail");
    }

    @Test
    void a_rule_without_a_translation_is_treated_as_unexpected_rather_than_shown_raw() {
        String sentence = messages.describe(new DomainRuleViolation("not.translated.yet"), Translations.POLISH);

        assertThat(sentence).startsWith("Wystąpił nieoczekiwany błąd.").doesNotContain("not.translated.yet");
    }
}
