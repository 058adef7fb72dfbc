package pl.asysta.cases.familycase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.asysta.cases.familycase.domain.AssistantCaseloadEvent;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ChildPlacedInFosterCare;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentWithdrawn;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionCompleted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionProgressed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.SocialWorkerConsulted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.Role;

/**
 * A processor may hand a projection an event again (a retried batch, a token reset to an earlier point); the
 * read model must then stay exactly as it was, also when the event is older than ones already applied.
 */
class ProjectionIdempotencyTest extends CaseReadModelTest {

    @Autowired
    CaseProjection projection;

    /** Once more in order, then once more from the newest to the oldest, so old events arrive after new ones. */
    @Test
    void handling_every_event_of_a_case_again_changes_no_row() {
        CaseId caseId = newCaseId("twice");
        List<Object> history = new ArrayList<>(assigned(caseId, "Kaczmarkowie", assistant, today().minusMonths(7)));
        history.add(new WorkPlanAdopted(caseId, 1, "Cele", List.of(action("a1", "Praca", today().plusDays(3)),
                action("a2", "Nauka", today().plusDays(9))), today().minusMonths(6),
                as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new SocialWorkerConsulted(caseId, 1, "Zgoda", as(socialWorker, Role.SOCIAL_WORKER)));
        history.add(new PlanActionProgressed(caseId, "a1", "Rozmowa o pracę", today().minusMonths(5),
                as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new PlanActionCompleted(caseId, "a1", "Zatrudniony", today().minusMonths(4),
                as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(visit(caseId, "v1", today().minusMonths(3), "Wizyta"));
        history.add(new ConsentWithdrawn(caseId, today().minusMonths(2), "Wycofana",
                as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new ConsentRecorded(caseId, "Jan Kaczmarkowie", today().minusMonths(1), "ZG/2",
                as(socialWorker, Role.SOCIAL_WORKER)));
        history.add(new CaseClosed(caseId, ClosureReason.GOALS_ACHIEVED, "Koniec", today(), today().plusMonths(3),
                as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(released(assistant, caseId));
        recordAndProject(history.toArray());
        Map<String, List<Map<String, Object>>> once = ReadModelTables.ofCases(jdbc, List.of(caseId.value()),
                centre.value());
        assertThat(once.get("case_timeline")).hasSize(history.size() - 2);

        List<TrackedEventMessage<?>> events = eventsOf(caseId.value(), assistant.userId().value());
        transactions.executeWithoutResult(status -> events.forEach(this::handleAtOnce));
        transactions.executeWithoutResult(status -> events.reversed().forEach(this::handleInAUnitOfWork));

        assertThat(ReadModelTables.ofCases(jdbc, List.of(caseId.value()), centre.value())).isEqualTo(once);
    }

    /**
     * Entries whose subject is looked up get it in one statement for the whole batch: each entry about a plan
     * action names it as the version adopted before the entry described it, an action no plan holds by its id,
     * a child by name; and handling the batch again renames nothing.
     */
    @Test
    void entries_of_one_batch_each_name_what_they_are_about_as_it_stood_before_them() {
        CaseId caseId = newCaseId("named");
        List<Object> history = new ArrayList<>(assigned(caseId, "Nowakowie", assistant, today().minusMonths(8)));
        history.add(new WorkPlanAdopted(caseId, 1, "Cele", List.of(action("a1", "Szukać pracy", today())),
                today().minusMonths(7), as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new PlanActionProgressed(caseId, "a1", "Rozmowa w urzędzie pracy", today().minusMonths(6),
                as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new WorkPlanAdopted(caseId, 2, "Cele", List.of(action("a1", "Podjąć pracę", today())),
                today().minusMonths(5), as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new PlanActionProgressed(caseId, "a1", "Umowa podpisana", today().minusMonths(4),
                as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new PlanActionProgressed(caseId, "a9", "Spoza planu", today().minusMonths(3),
                as(assistant, Role.FAMILY_ASSISTANT)));
        history.add(new ChildPlacedInFosterCare(caseId, "m2", today().minusMonths(2), "Rodzina zastępcza",
                coordinator.userId(), coordinator.displayName(), "PPD/1", as(coordinator,
                Role.FOSTER_CARE_COORDINATOR)));
        recordAndProject(history.toArray());
        List<String> named = List.of("Szukać pracy", "Podjąć pracę", "a9", "Zofia Nowakowie");
        assertThat(lookedUpSubjects(caseId)).as("projected live").isEqualTo(named);

        List<TrackedEventMessage<?>> events = eventsOf(caseId.value());
        jdbc.update("delete from case_timeline where case_id = ?", caseId.value());
        transactions.executeWithoutResult(status -> handleInOneUnitOfWork(events));
        assertThat(lookedUpSubjects(caseId)).as("projected in one batch").isEqualTo(named);

        transactions.executeWithoutResult(status -> handleInOneUnitOfWork(events.reversed()));
        assertThat(lookedUpSubjects(caseId)).as("projected again").isEqualTo(named);
    }

    private List<String> lookedUpSubjects(CaseId caseId) {
        return jdbc.queryForList("""
                select subject from case_timeline
                where case_id = ? and entry_type in ('PlanActionProgressed', 'ChildPlacedInFosterCare')
                order by position""", String.class, caseId.value());
    }

    private void handleInOneUnitOfWork(List<TrackedEventMessage<?>> messages) {
        DefaultUnitOfWork.startAndGet(messages.getFirst()).execute(() -> messages.forEach(this::handleAtOnce));
    }

    private void handleAtOnce(TrackedEventMessage<?> message) {
        Instant timestamp = message.getTimestamp();
        switch (message.getPayload()) {
            case FamilyCaseEvent event -> projection.on(event, timestamp, message.trackingToken());
            case AssistantCaseloadEvent event -> projection.on(event, message.trackingToken());
            default -> throw new IllegalStateException(message.getPayloadType().getName());
        }
    }

    private void handleInAUnitOfWork(TrackedEventMessage<?> message) {
        DefaultUnitOfWork.startAndGet(message).execute(() -> handleAtOnce(message));
    }

    /** The stored events of the given streams with their positions, as a processor receives them. */
    private List<TrackedEventMessage<?>> eventsOf(String... aggregates) {
        List<String> wanted = List.of(aggregates);
        List<TrackedEventMessage<?>> found = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> next = stream.nextAvailable();
                if (next instanceof DomainEventMessage<?> domain && wanted.contains(domain.getAggregateIdentifier())) {
                    found.add(next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return found;
    }
}
