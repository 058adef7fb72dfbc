package pl.asysta.cases.query;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import pl.asysta.cases.ActionOwner;
import pl.asysta.cases.Address;
import pl.asysta.cases.AssistantCaseloadEvent;
import pl.asysta.cases.AssistantCaseloadEvent.FamilyReleased;
import pl.asysta.cases.AssistantCaseloadEvent.FamilyTakenOn;
import pl.asysta.cases.CaseId;
import pl.asysta.cases.Contact;
import pl.asysta.cases.FamilyCaseEvent;
import pl.asysta.cases.FamilyCaseEvent.AssistantAssigned;
import pl.asysta.cases.FamilyCaseEvent.AssistantRequested;
import pl.asysta.cases.FamilyCaseEvent.ConsentRecorded;
import pl.asysta.cases.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.cases.FamilyCaseEvent.WorkDocumented;
import pl.asysta.cases.FamilyMember;
import pl.asysta.cases.FamilyMember.Kinship;
import pl.asysta.cases.PlanAction;
import pl.asysta.cases.WorkKind;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * What the case projection tests share: a centre of their own with its staff (so tests never see each other's
 * cases in the shared database), and a way to record case history as the write side does, by appending the
 * domain events to the event store, then to wait until the case projections have caught up with it. Every
 * subclass runs in the one Spring context of the application tests.
 */
@SpringBootTest
abstract class CaseReadModelTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    static final String FAMILY_CASE = "FamilyCase";
    static final String CASELOAD = "AssistantCaseload";

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseQueries queries;
    @Autowired
    CaseProjectionRebuild rebuild;
    @Autowired
    Clock clock;

    final String unique = "t" + System.nanoTime() + "-" + NEXT.incrementAndGet();
    final InstitutionId centre = new InstitutionId("ops-" + unique);
    final InstitutionId otherCentre = new InstitutionId("ops-other-" + unique);
    final InstitutionId pcpr = new InstitutionId("pcpr-" + unique);

    final Actor socialWorker = actor("sw", "Beata Socjalna", Role.SOCIAL_WORKER, centre);
    final Actor colleague = actor("sw2", "Celina Koleżanka", Role.SOCIAL_WORKER, centre);
    final Actor head = actor("head", "Halina Kierownik", Role.CENTRE_HEAD, centre);
    final Actor assistant = actor("as1", "Anna Asystentka", Role.FAMILY_ASSISTANT, centre);
    final Actor secondAssistant = actor("as2", "Marek Asystent", Role.FAMILY_ASSISTANT, centre);
    final Actor foreignSocialWorker = actor("sw-x", "Ewa Obca", Role.SOCIAL_WORKER, otherCentre);
    final Actor foreignHead = actor("head-x", "Olga Obca", Role.CENTRE_HEAD, otherCentre);
    final Actor coordinator = actor("pcpr", "Piotr Koordynator", Role.FOSTER_CARE_COORDINATOR, pcpr);
    final Actor teacher = actor("school", "Tomasz Nauczyciel", Role.INSTITUTION_STAFF, new InstitutionId("school"));

    Actor actor(String name, String displayName, Role role, InstitutionId institution) {
        return new Actor(new UserId(name + "-" + unique), displayName, Set.of(role), institution);
    }

    static Author as(Actor actor, Role role) {
        return Author.of(actor, role);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
    }

    CaseId newCaseId(String name) {
        return new CaseId(name + "-" + unique);
    }

    // ---------------------------------------------------------------- recording history

    /** Appends events to their streams in one transaction, each after the last stored of its stream. */
    void record(Object... events) {
        transactions.executeWithoutResult(status -> {
            List<DomainEventMessage<?>> messages = new ArrayList<>();
            Map<String, Long> next = new HashMap<>();
            for (Object event : events) {
                String type = event instanceof FamilyCaseEvent ? FAMILY_CASE : CASELOAD;
                String id = event instanceof FamilyCaseEvent e ? e.caseId().value()
                        : ((AssistantCaseloadEvent) event).assistant().value();
                long sequence = next.computeIfAbsent(id,
                        key -> eventStore.lastSequenceNumberFor(key).map(last -> last + 1).orElse(0L));
                next.put(id, sequence + 1);
                messages.add(new GenericDomainEventMessage<>(type, id, sequence, event));
            }
            eventStore.publish(messages);
        });
    }

    /** Waits until the case projections have handled every event stored so far. */
    void awaitProjected() {
        long head = rebuild.headPosition();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                .until(() -> rebuild.position() >= head);
    }

    void recordAndProject(Object... events) {
        record(events);
        awaitProjected();
    }

    // ---------------------------------------------------------------- typical histories

    FamilyRegistered registered(CaseId caseId, String familyName, Actor by) {
        return new FamilyRegistered(caseId, by.institutionId(), familyName, List.of(
                new FamilyMember("m1", "Jan", familyName, Kinship.PARENT, today().minusYears(35)),
                new FamilyMember("m2", "Zofia", familyName, Kinship.CHILD, today().minusYears(7).minusDays(1))),
                new Address("ul. Lipowa 3", "00-001", "Przykładowo"), new Contact("600100200", null),
                as(by, Role.SOCIAL_WORKER));
    }

    /** A case registered by {@link #socialWorker}, with consent and a request, not yet assigned. */
    List<Object> intake(CaseId caseId, String familyName) {
        return List.of(registered(caseId, familyName, socialWorker),
                new AssistantRequested(caseId, "Trudności opiekuńczo-wychowawcze",
                        as(socialWorker, Role.SOCIAL_WORKER)),
                new ConsentRecorded(caseId, "Jan " + familyName, today().minusMonths(8), "ZG/1/" + familyName,
                        as(socialWorker, Role.SOCIAL_WORKER)));
    }

    /** The intake of {@link #intake} and the head's assignment of {@code to} on {@code assignedOn}. */
    List<Object> assigned(CaseId caseId, String familyName, Actor to, LocalDate assignedOn) {
        List<Object> events = new ArrayList<>(intake(caseId, familyName));
        events.add(new AssistantAssigned(caseId, to.userId(), to.displayName(), assignedOn,
                as(head, Role.CENTRE_HEAD)));
        events.add(new FamilyTakenOn(to.userId(), caseId));
        return events;
    }

    void recordAssigned(CaseId caseId, String familyName, Actor to, LocalDate assignedOn) {
        recordAndProject(assigned(caseId, familyName, to, assignedOn).toArray());
    }

    WorkDocumented visit(CaseId caseId, String entryId, LocalDate on, String notes) {
        return new WorkDocumented(caseId, entryId, WorkKind.HOME_VISIT, on, 60, List.of("Jan", "Zofia"), notes,
                DataCategory.VISITS, as(assistant, Role.FAMILY_ASSISTANT));
    }

    static PlanAction action(String id, String description, LocalDate deadline) {
        return new PlanAction(id, description, new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Jan", "m1"), deadline,
                "Efekt: " + description);
    }

    static FamilyReleased released(Actor assistant, CaseId caseId) {
        return new FamilyReleased(assistant.userId(), caseId);
    }
}
