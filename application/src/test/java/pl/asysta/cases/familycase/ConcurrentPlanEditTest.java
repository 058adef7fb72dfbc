package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.ActionOwner.Kind;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.Role;
import pl.asysta.time.ClockConfiguration;

/**
 * Two people revise the same work plan from the same version, in two browsers: the first revision is stored,
 * the second is refused with a clear conflict message naming the version now in force, and nothing of the first
 * is lost or overwritten.
 */
@SpringBootTest
class ConcurrentPlanEditTest {

    @Autowired
    CaseCommands commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    Clock clock;

    @Test
    void the_second_revision_from_the_same_version_is_refused_and_the_first_is_kept() {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
        Actor assistant = People.assistant("asystent-plan-" + System.nanoTime());
        CaseId caseId = new Journey(commands, today).assignedTo(assistant, "Majewski");
        commands.adoptWorkPlan(caseId, 0, "Plan pierwszy", List.of(action("Wizyty co tydzień", today)), assistant);
        // The same assistant working in two browser tabs: both started from version 1.
        Actor inAnotherTab = new Actor(assistant.userId(), assistant.displayName(),
                java.util.Set.of(Role.FAMILY_ASSISTANT), assistant.institutionId());

        int adopted = commands.adoptWorkPlan(caseId, 1, "Plan A: szkoła i zdrowie",
                List.of(action("Kontakt ze szkołą", today)), assistant);
        assertThatThrownBy(() -> commands.adoptWorkPlan(caseId, 1, "Plan B: mieszkanie",
                List.of(action("Wniosek o dodatek mieszkaniowy", today)), inAnotherTab))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("case.plan-changed-meanwhile");
                    assertThat(violation.arguments()).containsExactly(2);
                });

        assertThat(adopted).isEqualTo(2);
        List<WorkPlanAdopted> plans = eventStore.readEvents(caseId.value(), 0).asStream()
                .map(message -> message.getPayload()).filter(WorkPlanAdopted.class::isInstance)
                .map(WorkPlanAdopted.class::cast).toList();
        assertThat(plans).extracting(WorkPlanAdopted::version).containsExactly(1, 2);
        assertThat(plans).extracting(WorkPlanAdopted::goals).containsExactly("Plan pierwszy", "Plan A: szkoła i zdrowie");
    }

    private static PlanAction action(String description, LocalDate today) {
        return new PlanAction(null, description, new ActionOwner(Kind.ASSISTANT, "Asystent", null),
                today.plusWeeks(2), "Efekt: " + description);
    }
}
