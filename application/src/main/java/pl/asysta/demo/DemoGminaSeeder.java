package pl.asysta.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import pl.asysta.cases.CaseCommands;
import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.time.ClockConfiguration;

/**
 * Seeds the demo gmina once the application has started, where {@link DemoDataPolicy} allows it, and only once:
 * the first family's case is the marker, looked up in the event store. Everything goes through
 * {@link CaseCommands}, so the demo history obeys every rule a user's would, and the read side builds its
 * screens from it like from any other history (ADR 0008).
 */
@Component
class DemoGminaSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGminaSeeder.class);

    private final CommandGateway commandGateway;
    private final AccessPolicy policy;
    private final EventStore eventStore;
    private final Clock clock;
    private final Environment environment;

    DemoGminaSeeder(CommandGateway commandGateway, AccessPolicy policy, EventStore eventStore, Clock clock,
                    Environment environment) {
        this.commandGateway = commandGateway;
        this.policy = policy;
        this.eventStore = eventStore;
        this.clock = clock;
        this.environment = environment;
    }

    /** A demo that cannot be seeded is logged, not fatal: the portal itself still works. */
    @Override
    public void run(ApplicationArguments arguments) {
        if (DemoDataPolicy.seeds(environment)) {
            try {
                seedOnce();
            } catch (RuntimeException failure) {
                log.error("Demo gmina Przykładowo could not be seeded", failure);
            }
        }
    }

    /** Seeds unless the gmina is there already; true when this call seeded it. */
    boolean seedOnce() {
        if (eventStore.lastSequenceNumberFor(DemoGmina.FIRST_CASE.value()).isPresent()) {
            log.info("Demo gmina Przykładowo is already seeded");
            return false;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
        MovableClock storyClock = new MovableClock(clock.instant());
        try {
            int commands = new DemoGmina(new CaseCommands(commandGateway, policy, storyClock), storyClock, today).seed();
            log.info("Demo gmina Przykładowo seeded: {} families, {} commands in {} ms", DemoGmina.FAMILIES,
                    commands, (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (DomainRuleViolation refused) {
            if (refused.messageKey().equals("case.changed-meanwhile")) {
                log.info("Demo gmina Przykładowo is being seeded by another node");
                return false;
            }
            throw refused;
        }
    }
}
