package pl.asysta.eventstore;

import java.util.function.UnaryOperator;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import pl.asysta.shared.DomainRuleViolation;

/**
 * How every command facade sends its commands: it waits until the command's events are stored and returns what
 * they were ({@link Recorded}), so a screen learns the outcome at once and can wait for the read model to show it.
 * A refusal comes back as a {@link DomainRuleViolation} with a translation key: the domain's own,
 * {@code case.changed-meanwhile} when someone else changed the same stream in the same moment, or
 * {@code case.not-found}; the facade may then say it as the actor may learn it (a case they may not see is
 * answered like one that does not exist). Anything else is a fault of the portal and travels on unchanged, to be
 * logged and shown as an unexpected error.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;

    CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Sends the command; a refusal is thrown as the user is told it. */
    public Recorded send(Object command) {
        return send(command, UnaryOperator.identity());
    }

    /** Sends the command; a refusal is thrown as {@code asSeen} tells it to the actor. */
    public Recorded send(Object command, UnaryOperator<RuntimeException> asSeen) {
        try {
            return Recorded.of(commandGateway.sendAndWait(command));
        } catch (RuntimeException failure) {
            throw asSeen.apply(asSeenByTheUser(failure));
        }
    }

    /**
     * The domain's refusal as it was thrown, or a refusal that says what happened in the user's terms; anything
     * else unchanged.
     */
    public static RuntimeException asSeenByTheUser(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainRuleViolation violation) {
                return violation;
            }
            if (cause instanceof CommandExecutionException execution
                    && execution.getDetails().orElse(null) instanceof DomainRuleViolation violation) {
                return violation;
            }
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return new DomainRuleViolation("case.changed-meanwhile");
            }
            if (cause instanceof AggregateNotFoundException) {
                return new DomainRuleViolation("case.not-found");
            }
        }
        return failure;
    }
}
