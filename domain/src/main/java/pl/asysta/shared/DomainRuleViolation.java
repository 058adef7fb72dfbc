package pl.asysta.shared;

import java.util.List;
import java.util.Objects;

/**
 * A business rule said no. It carries a translation key and its arguments instead of a sentence, so the
 * portal can say it in Polish or English; the message is for logs only.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public DomainRuleViolation(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
