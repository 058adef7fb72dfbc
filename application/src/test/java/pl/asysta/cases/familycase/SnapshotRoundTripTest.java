package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.time.ClockConfiguration;

/**
 * A case that lives for years is loaded from a snapshot plus the events after it. The snapshot must bring back
 * everything a decision needs, although the domain's {@code FamilyCase} keeps its fields private
 * (docs/stack-pitfalls.md).
 */
@SpringBootTest
class SnapshotRoundTripTest {

    @Autowired
    CaseCommands commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    Cache aggregateCache;
    @Autowired
    Clock clock;

    @Test
    void a_case_with_hundreds_of_events_decides_the_same_after_a_restart_from_its_snapshot() {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
        Actor assistant = People.assistant("asystent-snapshot-" + System.nanoTime());
        CaseId caseId = new Journey(commands, today).assignedTo(assistant, "Piotrowski");
        for (int visit = 1; visit <= 230; visit++) {
            commands.documentWork(caseId, WorkKind.HOME_VISIT, today, 60, List.of("Anna Piotrowski"),
                    "Wizyta domowa nr " + visit, DataCategory.VISITS, assistant);
        }

        DomainEventMessage<?> snapshot = eventStore.readEvents(caseId.value()).asStream().findFirst().orElseThrow();
        assertThat(snapshot.getPayload()).isInstanceOfSatisfying(FamilyCaseAggregate.class, restored -> {
            assertThat(restored.caseId).isEqualTo(caseId.value());
            assertThat(restored.familyCase.status()).isEqualTo(CaseStatus.ACTIVE);
            assertThat(restored.familyCase.assistant()).isEqualTo(assistant.userId());
            assertThat(restored.familyCase.centre()).isEqualTo(People.CENTRE);
        });
        assertThat(snapshot.getSequenceNumber()).isGreaterThanOrEqualTo(100);

        aggregateCache.removeAll();

        int version = commands.adoptWorkPlan(caseId, 0, "Stabilizacja sytuacji rodziny", List.of(new PlanAction(
                null, "Regularne wizyty", new ActionOwner(ActionOwner.Kind.ASSISTANT, "Asystent", null),
                today.plusMonths(1), "Lepsza organizacja dnia")), assistant);
        assertThat(version).isEqualTo(1);
        assertThatThrownBy(() -> commands.documentWork(caseId, WorkKind.HOME_VISIT, today, 30, List.of(),
                "Wizyta", DataCategory.VISITS, People.assistant("ktos-inny")))
                .as("another assistant is refused, and told no more than that there is no such case")
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("case.not-found"));
    }
}
