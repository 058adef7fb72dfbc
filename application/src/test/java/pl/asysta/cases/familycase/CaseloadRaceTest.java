package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.familycase.People.HEAD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantAssigned;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.time.ClockConfiguration;

/**
 * Two heads assign the fifteenth family of one assistant at the same moment, from two browsers: exactly one
 * succeeds (uwr art. 15 ust. 4), the other is told the caseload is full, and the losing family stays unassigned.
 */
@SpringBootTest
class CaseloadRaceTest {

    private static final int FAMILIES_BEFORE_THE_RACE = 14;

    @Autowired
    CaseCommands commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    Clock clock;

    ExecutorService heads;
    LocalDate today;

    @BeforeEach
    void twoHeads() {
        heads = Executors.newFixedThreadPool(2);
        today = LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
    }

    @AfterEach
    void stop() {
        heads.shutdownNow();
    }

    @RepeatedTest(5)
    void two_heads_racing_for_the_fifteenth_place_yield_exactly_one_assignment() throws Exception {
        Journey journey = new Journey(commands, today);
        Actor assistant = People.assistant("asystent-race-" + System.nanoTime());
        for (int family = 1; family <= FAMILIES_BEFORE_THE_RACE; family++) {
            journey.assignedTo(assistant, "Rodzina" + family);
        }
        CaseId first = journey.awaitingAssignment("Lis");
        CaseId second = journey.awaitingAssignment("Wilk");

        CyclicBarrier startGate = new CyclicBarrier(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (CaseId caseId : List.of(first, second)) {
            outcomes.add(heads.submit(() -> {
                startGate.await(10, TimeUnit.SECONDS);
                return assignWithOneRetry(caseId, assistant);
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }

        assertThat(results).containsExactlyInAnyOrder("assigned", "case.caseload-full");
        assertThat(activeFamilies(assistant)).isEqualTo(15);
        CaseId loser = results.get(0).equals("assigned") ? second : first;
        assertThat(events(loser)).noneMatch(AssistantAssigned.class::isInstance);
    }

    /** What a head would do after "someone changed this meanwhile": try once more, on the fresh state. */
    private String assignWithOneRetry(CaseId caseId, Actor assistant) {
        for (int attempt = 1; ; attempt++) {
            try {
                commands.assignAssistant(caseId, assistant.userId(), assistant.displayName(), today, HEAD);
                return "assigned";
            } catch (DomainRuleViolation violation) {
                if (!violation.messageKey().equals("case.changed-meanwhile") || attempt == 2) {
                    return violation.messageKey();
                }
            }
        }
    }

    private long activeFamilies(Actor assistant) {
        List<String> kinds = eventStore.readEvents(assistant.userId().value(), 0).asStream()
                .map(message -> message.getPayloadType().getSimpleName()).toList();
        return kinds.stream().filter("FamilyTakenOn"::equals).count()
                - kinds.stream().filter("FamilyReleased"::equals).count();
    }

    private List<Object> events(CaseId caseId) {
        return eventStore.readEvents(caseId.value(), 0).asStream().map(message -> (Object) message.getPayload())
                .toList();
    }
}
