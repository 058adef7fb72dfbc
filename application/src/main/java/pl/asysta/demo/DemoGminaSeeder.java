package pl.asysta.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.support.SupportCommands;
import pl.asysta.eventstore.CommandSender;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.time.ClockConfiguration;

/**
 * Seeds the demo gmina once the application has started, where {@link DemoDataPolicy} allows it, and only once:
 * the first family's case is the marker of the families' story, the first consent ledger that of the agencies',
 * the supporting family's arrangement its own (so a gmina seeded before they were part of the story gets them
 * too), all looked up in the event store.
 * Everything goes through the facades ({@link CaseCommands}, {@link SharingCommands}, {@link ReferralCommands}),
 * so the demo history obeys every rule a user's would, and the read side builds its screens from it like from any
 * other history (ADR 0008). The gmina's institutions are written into the register on every start.
 */
@Component
class DemoGminaSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGminaSeeder.class);

    private final CommandSender commandSender;
    private final AccessPolicy policy;
    private final InstitutionRegister institutions;
    private final EventStore eventStore;
    private final Clock clock;
    private final Environment environment;
    private final DemoCourtOpinions court;
    private final SupportCommands support;
    private final DemoAccessHistory accessHistory;
    private final CaseCommands caseCommands;

    DemoGminaSeeder(CommandSender commandSender, AccessPolicy policy, InstitutionRegister institutions,
                    EventStore eventStore, Clock clock, Environment environment, DemoCourtOpinions court,
                    SupportCommands support, DemoAccessHistory accessHistory, CaseCommands caseCommands) {
        this.commandSender = commandSender;
        this.policy = policy;
        this.institutions = institutions;
        this.eventStore = eventStore;
        this.clock = clock;
        this.environment = environment;
        this.court = court;
        this.support = support;
        this.accessHistory = accessHistory;
        this.caseCommands = caseCommands;
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

    /** Registers the institutions, then seeds what is not there yet; true when this call seeded anything. */
    boolean seedOnce() {
        DemoAgencies.INSTITUTIONS.forEach(institutions::register);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
        MovableClock storyClock = new MovableClock(clock.instant());
        CaseCommands cases = caseCommands.withClock(storyClock);
        // The story's events are recorded on the days they happen, so that a case can be looked at as it stood
        // on any day of the year (ADR 0015); Axon stamps events with this clock.
        Clock eventClock = GenericEventMessage.clock;
        GenericEventMessage.clock = storyClock;
        try {
            boolean families = seedFamilies(cases, storyClock, today);
            boolean agencies = familiesTold() && seedAgencies(cases, storyClock, today);
            boolean courtOpinions = familiesTold() && court.seed(storyClock, today);
            boolean supported = familiesTold() && seedSupport(cases, storyClock, today);
            boolean reads = familiesTold() && seedAccessHistory(today);
            return families || agencies || courtOpinions || supported || reads;
        } finally {
            GenericEventMessage.clock = eventClock;
        }
    }

    /** The last family's case exists once the families' story is told (by this node or another one). */
    private boolean familiesTold() {
        return eventStore.lastSequenceNumberFor(DemoGmina.caseId(DemoGmina.FAMILIES).value()).isPresent();
    }

    private boolean seedFamilies(CaseCommands cases, MovableClock storyClock, LocalDate today) {
        if (eventStore.lastSequenceNumberFor(DemoGmina.FIRST_CASE.value()).isPresent()) {
            log.info("Demo gmina Przykładowo is already seeded");
            return false;
        }
        long started = System.nanoTime();
        try {
            int commands = new DemoGmina(cases, storyClock, today).seed();
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

    private boolean seedAgencies(CaseCommands cases, MovableClock storyClock, LocalDate today) {
        if (eventStore.lastSequenceNumberFor(DemoAgencies.FIRST_LEDGER.toString()).isPresent()) {
            return false;
        }
        long started = System.nanoTime();
        int commands = new DemoAgencies(new SharingCommands(commandSender, institutions, policy, storyClock),
                new ReferralCommands(commandSender, institutions, policy, storyClock), cases, policy, storyClock, today)
                .seed();
        log.info("Demo gmina Przykładowo: consents, grants and referrals seeded, {} commands in {} ms", commands,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** The supporting family's arrangement, told once, also on a gmina seeded before it was part of the story. */
    private boolean seedSupport(CaseCommands cases, MovableClock storyClock, LocalDate today) {
        if (eventStore.lastSequenceNumberFor(DemoSupport.ARRANGEMENT.value()).isPresent()) {
            return false;
        }
        long started = System.nanoTime();
        int commands = new DemoSupport(support.withClock(storyClock), cases, storyClock, today).seed();
        log.info("Demo gmina Przykładowo: the supporting family's arrangement seeded, {} commands in {} ms", commands,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Six weeks of reads in the access log for the auditor to review, told once. */
    private boolean seedAccessHistory(LocalDate today) {
        if (accessHistory.told()) {
            return false;
        }
        long started = System.nanoTime();
        int records = accessHistory.seed(today);
        log.info("Demo gmina Przykładowo: {} weeks of reads in the access log, {} records in {} ms",
                DemoAccessHistory.WEEKS, records, (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}
