package pl.asysta.cases.familycase;

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

import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.AssistantCaseloadEvent;
import pl.asysta.cases.familycase.domain.AssistantCaseloadEvent.FamilyReleased;
import pl.asysta.cases.familycase.domain.AssistantCaseloadEvent.FamilyTakenOn;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantAssigned;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantRequested;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkDocumented;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
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
public abstract class CaseReadModelTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    public static final String FAMILY_CASE = "FamilyCase";
    public static final String CASELOAD = "AssistantCaseload";

    @Autowired
    public EventStore eventStore;
    @Autowired
    public TransactionTemplate transactions;
    @Autowired
    public JdbcTemplate jdbc;
    @Autowired
    public CaseFileQueries fileQueries;
    @Autowired
    public WorkListQueries workLists;
    @Autowired
    public CaseFiles caseFiles;
    @Autowired
    public TimelineQueries timeline;
    @Autowired
    public CaseProjectionRebuild rebuild;
    @Autowired
    public Clock clock;

    public final String unique = "t" + System.nanoTime() + "-" + NEXT.incrementAndGet();
    public final InstitutionId centre = new InstitutionId("ops-" + unique);
    public final InstitutionId otherCentre = new InstitutionId("ops-other-" + unique);
    public final InstitutionId pcpr = new InstitutionId("pcpr-" + unique);

    public final Actor socialWorker = actor("sw", "Beata Socjalna", Role.SOCIAL_WORKER, centre);
    public final Actor colleague = actor("sw2", "Celina Koleżanka", Role.SOCIAL_WORKER, centre);
    public final Actor head = actor("head", "Halina Kierownik", Role.CENTRE_HEAD, centre);
    public final Actor assistant = actor("as1", "Anna Asystentka", Role.FAMILY_ASSISTANT, centre);
    public final Actor secondAssistant = actor("as2", "Marek Asystent", Role.FAMILY_ASSISTANT, centre);
    public final Actor foreignSocialWorker = actor("sw-x", "Ewa Obca", Role.SOCIAL_WORKER, otherCentre);
    public final Actor foreignHead = actor("head-x", "Olga Obca", Role.CENTRE_HEAD, otherCentre);
    public final Actor coordinator = actor("pcpr", "Piotr Koordynator", Role.FOSTER_CARE_COORDINATOR, pcpr);
    public final Actor teacher = actor("school", "Tomasz Nauczyciel", Role.INSTITUTION_STAFF, new InstitutionId("school"));

    public Actor actor(String name, String displayName, Role role, InstitutionId institution) {
        return new Actor(new UserId(name + "-" + unique), displayName, Set.of(role), institution);
    }

    public static Author as(Actor actor, Role role) {
        return Author.of(actor, role);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
    }

    public CaseId newCaseId(String name) {
        return new CaseId(name + "-" + unique);
    }

    // ---------------------------------------------------------------- recording history

    /** Appends events to their streams in one transaction, each after the last stored of its stream. */
    public void record(Object... events) {
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
    public void awaitProjected() {
        long head = rebuild.headPosition();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                .until(() -> rebuild.position() >= head);
    }

    public void recordAndProject(Object... events) {
        record(events);
        awaitProjected();
    }

    // ---------------------------------------------------------------- typical histories

    public FamilyRegistered registered(CaseId caseId, String familyName, Actor by) {
        return new FamilyRegistered(caseId, by.institutionId(), familyName, List.of(
                new FamilyMember("m1", "Jan", familyName, Kinship.PARENT, today().minusYears(35)),
                new FamilyMember("m2", "Zofia", familyName, Kinship.CHILD, today().minusYears(7).minusDays(1))),
                new Address("ul. Lipowa 3", "00-001", "Przykładowo"), new Contact("600100200", null),
                as(by, Role.SOCIAL_WORKER));
    }

    /** A case registered by {@link #socialWorker}, with consent and a request, not yet assigned. */
    public List<Object> intake(CaseId caseId, String familyName) {
        return List.of(registered(caseId, familyName, socialWorker),
                new AssistantRequested(caseId, "Trudności opiekuńczo-wychowawcze",
                        as(socialWorker, Role.SOCIAL_WORKER)),
                new ConsentRecorded(caseId, "Jan " + familyName, today().minusMonths(8), "ZG/1/" + familyName,
                        as(socialWorker, Role.SOCIAL_WORKER)));
    }

    /** The intake of {@link #intake} and the head's assignment of {@code to} on {@code assignedOn}. */
    public List<Object> assigned(CaseId caseId, String familyName, Actor to, LocalDate assignedOn) {
        List<Object> events = new ArrayList<>(intake(caseId, familyName));
        events.add(new AssistantAssigned(caseId, to.userId(), to.displayName(), assignedOn,
                as(head, Role.CENTRE_HEAD)));
        events.add(new FamilyTakenOn(to.userId(), caseId));
        return events;
    }

    public void recordAssigned(CaseId caseId, String familyName, Actor to, LocalDate assignedOn) {
        recordAndProject(assigned(caseId, familyName, to, assignedOn).toArray());
    }

    public WorkDocumented visit(CaseId caseId, String entryId, LocalDate on, String notes) {
        return new WorkDocumented(caseId, entryId, WorkKind.HOME_VISIT, on, 60, List.of("Jan", "Zofia"), notes,
                DataCategory.VISITS, as(assistant, Role.FAMILY_ASSISTANT));
    }

    public static PlanAction action(String id, String description, LocalDate deadline) {
        return new PlanAction(id, description, new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Jan", "m1"), deadline,
                "Efekt: " + description);
    }

    public static FamilyReleased released(Actor assistant, CaseId caseId) {
        return new FamilyReleased(assistant.userId(), caseId);
    }
}
