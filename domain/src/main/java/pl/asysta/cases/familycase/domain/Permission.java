package pl.asysta.cases.familycase.domain;

import java.util.List;

import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.Role;

/**
 * Whether one person may take a kind of step at the case's present stage: as whom they would be recorded, or the
 * refusal they get. The page offers a step exactly when it is granted, and its decision refuses with the same key
 * before it looks at what was typed.
 */
record Permission(Author author, String refusal, List<Object> arguments) {

    static Permission as(Actor actor, Role role) {
        return new Permission(Author.of(actor, role), null, List.of());
    }

    static Permission refused(String refusal, Object... arguments) {
        return new Permission(null, refusal, List.of(arguments));
    }

    /** Still granted only while {@code holds}; the first condition that fails gives the refusal. */
    Permission and(boolean holds, String refusal, Object... arguments) {
        return granted() && !holds ? refused(refusal, arguments) : this;
    }

    boolean granted() {
        return refusal == null;
    }

    /** The author of the step, or the refusal as a broken rule. */
    Author orRefuse() {
        if (refusal != null) {
            throw new DomainRuleViolation(refusal, arguments.toArray());
        }
        return author;
    }
}
