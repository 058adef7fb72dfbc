package pl.asysta.errors;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import pl.asysta.i18n.Translations;
import pl.asysta.shared.DomainRuleViolation;

/**
 * Turns a failure into the sentence a person reads. A broken business rule is said in the rule's own words,
 * from the bundle key {@code rule.} + the violation's message key, with its arguments; anything else is an
 * unexpected error, logged with an incident number that the person can quote to the administrator.
 */
@Component
public class ErrorMessages {

    static final String RULE_PREFIX = "rule.";
    private static final Logger log = LoggerFactory.getLogger(ErrorMessages.class);

    private final Translations translations;

    ErrorMessages(Translations translations) {
        this.translations = translations;
    }

    public String describe(Throwable failure, Locale locale) {
        Optional<DomainRuleViolation> violation = ruleViolation(failure);
        if (violation.isPresent() && translations.hasTranslation(RULE_PREFIX + violation.get().messageKey())) {
            return translations.getTranslation(RULE_PREFIX + violation.get().messageKey(), locale,
                    violation.get().arguments().toArray());
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {}: an unexpected error reached the user", incident, failure);
        return translations.getTranslation("error.unexpected", locale, incident);
    }

    static Optional<DomainRuleViolation> ruleViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainRuleViolation violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }
}
