package pl.asysta.cases.familycase;

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

import pl.asysta.cases.familycase.FamilyCaseCommand.TakeStep;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.CaseStep;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantAssigned;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantRequested;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CourtOrderRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.EnvironmentalInterviewRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ZaZyciemSupportStarted;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * One family of the Przykładowo centre at every stage of its case, its people, and a fixture that runs the
 * family case aggregate with real (in-memory) caseloads, so that tests read like the specification:
 * {@code given(active()).when(close(...)).expectEvents(...)}.
 */
public class FamilyCaseFixture {

    public static final CaseId CASE = new CaseId("case-nowak");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    public static final InstitutionId CENTRE = new InstitutionId("ops-przykladowo");

    public static final Actor SOCIAL_WORKER = actor("pracownik", "Katarzyna Zielińska", Role.SOCIAL_WORKER, CENTRE);
    public static final Actor HEAD = actor("kierownik", "Tomasz Lewandowski", Role.CENTRE_HEAD, CENTRE);
    public static final Actor ASSISTANT = actor("asystent", "Anna Kowalska", Role.FAMILY_ASSISTANT, CENTRE);
    public static final Actor OTHER_ASSISTANT = actor("asystent2", "Marek Wiśniewski", Role.FAMILY_ASSISTANT, CENTRE);
    public static final Actor COORDINATOR = actor("koordynator", "Ewa Dąbrowska", Role.FOSTER_CARE_COORDINATOR,
            new InstitutionId("pcpr-powiat"));
    public static final Actor HEAD_OF_ANOTHER_CENTRE = actor("kierownik-inny", "Jan Inny", Role.CENTRE_HEAD,
            new InstitutionId("ops-gdzie-indziej"));
    public static final Actor SCHOOL = actor("szkola", "Magdalena Kamińska", Role.INSTITUTION_STAFF,
            new InstitutionId("szkola-podstawowa-1"));

    public static final FamilyMember MOTHER = new FamilyMember("m-mother", "Joanna", "Nowak", Kinship.PARENT,
            LocalDate.of(1988, 5, 12));
    public static final FamilyMember SON = new FamilyMember("m-son", "Kacper", "Nowak", Kinship.CHILD,
            LocalDate.of(2015, 2, 3));
    public static final Address ADDRESS = new Address("ul. Lipowa 7 m. 3", "99-100", "Przykładowo");
    public static final Contact CONTACT = new Contact("600 123 456", null);

    public static final String SCHOOL_ACTION = "a-school";
    public static final String HOUSING_ACTION = "a-housing";

    public final AggregateTestFixture<FamilyCaseAggregate> fixture = new AggregateTestFixture<>(FamilyCaseAggregate.class);
    public final Repository<AssistantCaseloadAggregate> caseloadRepository = EventSourcingRepository
            .builder(AssistantCaseloadAggregate.class)
            .eventStore(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build())
            .build();
    public final Caseloads caseloads = new AggregateCaseloads(caseloadRepository);

    public FamilyCaseFixture() {
        fixture.registerInjectableResource(caseloads);
    }

    public static Actor actor(String userId, String name, Role role, InstitutionId institution) {
        return new Actor(new UserId(userId), name, Set.of(role), institution);
    }

    public static Author as(Actor actor, Role role) {
        return Author.of(actor, role);
    }

    /** The actor takes the step on the Nowaks' case today; the case knows no other institution's grant. */
    public static TakeStep step(Actor actor, CaseStep step) {
        return new TakeStep(CASE, step, actor, TODAY, List.of());
    }

    // ---------------------------------------------------------------- the case at each stage

    public static FamilyRegistered registered() {
        return new FamilyRegistered(CASE, CENTRE, "Nowak", List.of(MOTHER, SON), ADDRESS, CONTACT,
                as(SOCIAL_WORKER, Role.SOCIAL_WORKER));
    }

    public static List<FamilyCaseEvent> intake() {
        return List.of(registered(), new EnvironmentalInterviewRecorded(CASE, TODAY.minusDays(20),
                "Matka samotnie wychowuje syna, zaległości w opłatach.", List.of("bezradność opiekuńczo-wychowawcza"),
                as(SOCIAL_WORKER, Role.SOCIAL_WORKER)));
    }

    public static List<FamilyCaseEvent> requestedWithConsent() {
        return with(intake(),
                new AssistantRequested(CASE, "Rodzina wymaga wsparcia asystenta.", as(SOCIAL_WORKER,
                        Role.SOCIAL_WORKER)),
                consent());
    }

    public static ConsentRecorded consent() {
        return new ConsentRecorded(CASE, "Joanna Nowak", TODAY.minusDays(15), "ZG/12/2026",
                as(SOCIAL_WORKER, Role.SOCIAL_WORKER));
    }

    public static CourtOrderRecorded courtOrder() {
        return new CourtOrderRecorded(CASE, "Sąd Rejonowy w Przykładowie", "III Nsm 45/26", TODAY.minusDays(30),
                as(SOCIAL_WORKER, Role.SOCIAL_WORKER));
    }

    public static AssistantAssigned assigned() {
        return new AssistantAssigned(CASE, ASSISTANT.userId(), ASSISTANT.displayName(), TODAY.minusDays(10),
                as(HEAD, Role.CENTRE_HEAD));
    }

    /** An assistant works with the family; call {@link #assistantWorksWithTheFamily()} for the caseload side. */
    public static List<FamilyCaseEvent> active() {
        return with(requestedWithConsent(), assigned());
    }

    public static WorkPlanAdopted firstPlan() {
        return new WorkPlanAdopted(CASE, 1, "Poprawa sytuacji szkolnej i mieszkaniowej", List.of(
                new PlanAction(SCHOOL_ACTION, "Regularny kontakt z wychowawcą",
                        new ActionOwner(ActionOwner.Kind.INSTITUTION, "Szkoła Podstawowa nr 1", "szkola-podstawowa-1"),
                        TODAY.plusMonths(2), "Kacper chodzi do szkoły bez nieobecności"),
                new PlanAction(HOUSING_ACTION, "Wniosek o dodatek mieszkaniowy",
                        new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Joanna Nowak", MOTHER.memberId()),
                        TODAY.plusMonths(1), "Spłata zaległości")),
                TODAY.minusDays(5), as(ASSISTANT, Role.FAMILY_ASSISTANT));
    }

    public static List<FamilyCaseEvent> activeWithPlan() {
        return with(active(), firstPlan());
    }

    public static List<FamilyCaseEvent> zaZyciem() {
        return with(active(), new ZaZyciemSupportStarted(CASE, ZaZyciemGround.CHILD_WITH_SEVERE_DISABILITY,
                as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    public static CaseClosed closure() {
        return new CaseClosed(CASE, ClosureReason.GOALS_ACHIEVED, "Cele planu osiągnięte.", TODAY.minusDays(2),
                TODAY.minusDays(2).plusMonths(3), as(ASSISTANT, Role.FAMILY_ASSISTANT));
    }

    public static List<FamilyCaseEvent> inMonitoring() {
        return with(active(), closure());
    }

    public static List<FamilyCaseEvent> with(List<FamilyCaseEvent> history, FamilyCaseEvent... more) {
        List<FamilyCaseEvent> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    // ---------------------------------------------------------------- caseloads

    /** The caseload side of {@link #active()}: the assistant counts the family among theirs. */
    public void assistantWorksWithTheFamily() {
        assistantAlreadyWorksWith(ASSISTANT, 0);
        inUnitOfWork(() -> caseloads.takeOn(ASSISTANT.userId(), CASE));
    }

    /** The assistant already works with {@code families} other families. */
    public void assistantAlreadyWorksWith(Actor assistant, int families) {
        for (int family = 1; family <= families; family++) {
            CaseId other = new CaseId("other-family-" + family);
            inUnitOfWork(() -> caseloads.takeOn(assistant.userId(), other));
        }
    }

    public int familiesOf(Actor assistant) {
        int[] families = new int[1];
        inUnitOfWork(() -> families[0] = caseloadRepository.load(assistant.userId().value())
                .invoke(AssistantCaseloadAggregate::activeFamilies));
        return families[0];
    }

    public boolean worksWithTheFamily(Actor assistant) {
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
    public static Matcher<DomainRuleViolation> refusedWith(String messageKey) {
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
