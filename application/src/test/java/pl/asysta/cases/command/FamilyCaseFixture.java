package pl.asysta.cases.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import pl.asysta.cases.ActionOwner;
import pl.asysta.cases.Address;
import pl.asysta.cases.CaseId;
import pl.asysta.cases.ClosureReason;
import pl.asysta.cases.Contact;
import pl.asysta.cases.FamilyCaseEvent;
import pl.asysta.cases.FamilyCaseEvent.AssistantAssigned;
import pl.asysta.cases.FamilyCaseEvent.AssistantRequested;
import pl.asysta.cases.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.FamilyCaseEvent.ConsentRecorded;
import pl.asysta.cases.FamilyCaseEvent.CourtOrderRecorded;
import pl.asysta.cases.FamilyCaseEvent.EnvironmentalInterviewRecorded;
import pl.asysta.cases.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.cases.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.cases.FamilyCaseEvent.ZaZyciemSupportStarted;
import pl.asysta.cases.FamilyMember;
import pl.asysta.cases.FamilyMember.Kinship;
import pl.asysta.cases.PlanAction;
import pl.asysta.cases.ZaZyciemGround;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * One family of the Przykładowo centre at every stage of its case, its people, and a fixture that runs the
 * family case aggregate with real (in-memory) caseloads, so that tests read like the specification:
 * {@code given(active()).when(close(...)).expectEvents(...)}.
 */
class FamilyCaseFixture {

    static final CaseId CASE = new CaseId("case-nowak");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final InstitutionId CENTRE = new InstitutionId("ops-przykladowo");

    static final Actor SOCIAL_WORKER = actor("pracownik", "Katarzyna Zielińska", Role.SOCIAL_WORKER, CENTRE);
    static final Actor HEAD = actor("kierownik", "Tomasz Lewandowski", Role.CENTRE_HEAD, CENTRE);
    static final Actor ASSISTANT = actor("asystent", "Anna Kowalska", Role.FAMILY_ASSISTANT, CENTRE);
    static final Actor OTHER_ASSISTANT = actor("asystent2", "Marek Wiśniewski", Role.FAMILY_ASSISTANT, CENTRE);
    static final Actor COORDINATOR = actor("koordynator", "Ewa Dąbrowska", Role.FOSTER_CARE_COORDINATOR,
            new InstitutionId("pcpr-powiat"));
    static final Actor HEAD_OF_ANOTHER_CENTRE = actor("kierownik-inny", "Jan Inny", Role.CENTRE_HEAD,
            new InstitutionId("ops-gdzie-indziej"));
    static final Actor SCHOOL = actor("szkola", "Magdalena Kamińska", Role.INSTITUTION_STAFF,
            new InstitutionId("szkola-podstawowa-1"));

    static final FamilyMember MOTHER = new FamilyMember("m-mother", "Joanna", "Nowak", Kinship.PARENT,
            LocalDate.of(1988, 5, 12));
    static final FamilyMember SON = new FamilyMember("m-son", "Kacper", "Nowak", Kinship.CHILD,
            LocalDate.of(2015, 2, 3));
    static final Address ADDRESS = new Address("ul. Lipowa 7 m. 3", "99-100", "Przykładowo");
    static final Contact CONTACT = new Contact("600 123 456", null);

    static final String SCHOOL_ACTION = "a-school";
    static final String HOUSING_ACTION = "a-housing";

    final AggregateTestFixture<FamilyCaseAggregate> fixture = new AggregateTestFixture<>(FamilyCaseAggregate.class);
    final Repository<AssistantCaseloadAggregate> caseloadRepository = EventSourcingRepository
            .builder(AssistantCaseloadAggregate.class)
            .eventStore(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build())
            .build();
    final Caseloads caseloads = new AggregateCaseloads(caseloadRepository);

    FamilyCaseFixture() {
        fixture.registerInjectableResource(caseloads);
    }

    static Actor actor(String userId, String name, Role role, InstitutionId institution) {
        return new Actor(new UserId(userId), name, Set.of(role), institution);
    }

    static Author as(Actor actor, Role role) {
        return Author.of(actor, role);
    }

    // ---------------------------------------------------------------- the case at each stage

    static FamilyRegistered registered() {
        return new FamilyRegistered(CASE, CENTRE, "Nowak", List.of(MOTHER, SON), ADDRESS, CONTACT,
                as(SOCIAL_WORKER, Role.SOCIAL_WORKER));
    }

    static List<FamilyCaseEvent> intake() {
        return List.of(registered(), new EnvironmentalInterviewRecorded(CASE, TODAY.minusDays(20),
                "Matka samotnie wychowuje syna, zaległości w opłatach.", List.of("bezradność opiekuńczo-wychowawcza"),
                as(SOCIAL_WORKER, Role.SOCIAL_WORKER)));
    }

    static List<FamilyCaseEvent> requestedWithConsent() {
        return with(intake(),
                new AssistantRequested(CASE, "Rodzina wymaga wsparcia asystenta.", as(SOCIAL_WORKER, Role.SOCIAL_WORKER)),
                consent());
    }

    static ConsentRecorded consent() {
        return new ConsentRecorded(CASE, "Joanna Nowak", TODAY.minusDays(15), "ZG/12/2026",
                as(SOCIAL_WORKER, Role.SOCIAL_WORKER));
    }

    static CourtOrderRecorded courtOrder() {
        return new CourtOrderRecorded(CASE, "Sąd Rejonowy w Przykładowie", "III Nsm 45/26", TODAY.minusDays(30),
                as(SOCIAL_WORKER, Role.SOCIAL_WORKER));
    }

    static AssistantAssigned assigned() {
        return new AssistantAssigned(CASE, ASSISTANT.userId(), ASSISTANT.displayName(), TODAY.minusDays(10),
                as(HEAD, Role.CENTRE_HEAD));
    }

    /** An assistant works with the family; call {@link #assistantWorksWithTheFamily()} for the caseload side. */
    static List<FamilyCaseEvent> active() {
        return with(requestedWithConsent(), assigned());
    }

    static WorkPlanAdopted firstPlan() {
        return new WorkPlanAdopted(CASE, 1, "Poprawa sytuacji szkolnej i mieszkaniowej", List.of(
                new PlanAction(SCHOOL_ACTION, "Regularny kontakt z wychowawcą",
                        new ActionOwner(ActionOwner.Kind.INSTITUTION, "Szkoła Podstawowa nr 1", "szkola-podstawowa-1"),
                        TODAY.plusMonths(2), "Kacper chodzi do szkoły bez nieobecności"),
                new PlanAction(HOUSING_ACTION, "Wniosek o dodatek mieszkaniowy",
                        new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Joanna Nowak", MOTHER.memberId()),
                        TODAY.plusMonths(1), "Spłata zaległości")),
                TODAY.minusDays(5), as(ASSISTANT, Role.FAMILY_ASSISTANT));
    }

    static List<FamilyCaseEvent> activeWithPlan() {
        return with(active(), firstPlan());
    }

    static List<FamilyCaseEvent> zaZyciem() {
        return with(active(), new ZaZyciemSupportStarted(CASE, ZaZyciemGround.CHILD_WITH_SEVERE_DISABILITY,
                as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    static CaseClosed closure() {
        return new CaseClosed(CASE, ClosureReason.GOALS_ACHIEVED, "Cele planu osiągnięte.", TODAY.minusDays(2),
                TODAY.minusDays(2).plusMonths(3), as(ASSISTANT, Role.FAMILY_ASSISTANT));
    }

    static List<FamilyCaseEvent> inMonitoring() {
        return with(active(), closure());
    }

    static List<FamilyCaseEvent> with(List<FamilyCaseEvent> history, FamilyCaseEvent... more) {
        List<FamilyCaseEvent> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    // ---------------------------------------------------------------- caseloads

    /** The caseload side of {@link #active()}: the assistant counts the family among theirs. */
    void assistantWorksWithTheFamily() {
        assistantAlreadyWorksWith(ASSISTANT, 0);
        inUnitOfWork(() -> caseloads.takeOn(ASSISTANT.userId(), CASE));
    }

    /** The assistant already works with {@code families} other families. */
    void assistantAlreadyWorksWith(Actor assistant, int families) {
        for (int family = 1; family <= families; family++) {
            CaseId other = new CaseId("other-family-" + family);
            inUnitOfWork(() -> caseloads.takeOn(assistant.userId(), other));
        }
    }

    int familiesOf(Actor assistant) {
        int[] families = new int[1];
        inUnitOfWork(() -> families[0] = caseloadRepository.load(assistant.userId().value())
                .invoke(AssistantCaseloadAggregate::activeFamilies));
        return families[0];
    }

    boolean worksWithTheFamily(Actor assistant) {
        boolean[] works = new boolean[1];
        inUnitOfWork(() -> works[0] = caseloadRepository.load(assistant.userId().value())
                .invoke(caseload -> caseload.worksWith(CASE)));
        return works[0];
    }

    private static void inUnitOfWork(Runnable work) {
        DefaultUnitOfWork.startAndGet(null).execute(work);
    }

    // ---------------------------------------------------------------- refusals

    /** The command was refused with the given rule's translation key. */
    static Matcher<DomainRuleViolation> refusedWith(String messageKey) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation) {
                return violation.messageKey().equals(messageKey);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with key ").appendValue(messageKey);
            }

            @Override
            protected void describeMismatchSafely(DomainRuleViolation violation, Description mismatch) {
                mismatch.appendText("was refused with ").appendValue(violation.messageKey());
            }
        };
    }
}
