package pl.asysta.cases.court;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;

import pl.asysta.cases.court.domain.CasePosition;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionDelivered;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionDraftSaved;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionRequested;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionReturned;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionSubmitted;
import pl.asysta.cases.court.domain.CourtReference;
import pl.asysta.cases.court.domain.DeliverableOpinion;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.cases.familycase.FamilyCaseFixture;
import pl.asysta.cases.familycase.OpinionCases;
import pl.asysta.cases.familycase.domain.CaseOnFile;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * One court's request about the Nowaks' case at every stage, the people around it, and the request aggregate
 * run with stand-ins for the case (whose assistant can be taken away), the event store's position of the case
 * file and the document store (which remembers what it was asked to deliver).
 */
class CourtOpinionFixture {

    public static final OpinionRequestId REQUEST = new OpinionRequestId("request-1");
    public static final CaseId CASE = FamilyCaseFixture.CASE;
    public static final LocalDate TODAY = FamilyCaseFixture.TODAY;
    public static final LocalDate DEADLINE = TODAY.plusDays(30);
    public static final InstitutionId CENTRE = FamilyCaseFixture.CENTRE;
    public static final InstitutionId COURT = new InstitutionId("sad-rejonowy");
    public static final InstitutionId OTHER_COURT = new InstitutionId("sad-okregowy");
    public static final CourtReference REFERENCE = new CourtReference("III Nsm 45/26");
    public static final String QUESTIONS = "Jak rodzina współpracuje z asystentem? Czy matka zapewnia synowi opiekę?";
    public static final CasePosition POSITION = new CasePosition(4711, Instant.parse("2026-03-16T08:30:00Z"));
    public static final Instant DELIVERED_AT = Instant.parse("2026-03-16T12:00:00Z");
    public static final String SHA256 = "0f".repeat(32);

    public static final Actor ASSISTANT = FamilyCaseFixture.ASSISTANT;
    public static final Actor OTHER_ASSISTANT = FamilyCaseFixture.OTHER_ASSISTANT;
    public static final Actor HEAD = FamilyCaseFixture.HEAD;
    public static final Actor HEAD_OF_ANOTHER_CENTRE = FamilyCaseFixture.HEAD_OF_ANOTHER_CENTRE;
    public static final Actor SOCIAL_WORKER = FamilyCaseFixture.SOCIAL_WORKER;
    public static final Actor CLERK = actor("sad", "Agnieszka Mazur", Role.COURT_STAFF, COURT);
    public static final Actor CLERK_OF_ANOTHER_COURT = actor("sad-okregowy", "Jan Sędzia", Role.COURT_STAFF, OTHER_COURT);

    public static final OpinionText DRAFT = new OpinionText("Matka samotnie wychowuje syna; mieszkanie ogrzane.", "", "",
            "", "");
    public static final OpinionText COMPLETE = new OpinionText("Matka samotnie wychowuje syna; mieszkanie ogrzane.",
            "Rodzina dotrzymuje terminów wizyt.", "Dwa z trzech działań planu wykonane.",
            "Sytuacja opiekuńcza poprawiła się.", "Zasadne jest dalsze wsparcie asystenta przez 6 miesięcy.");

    public final AggregateTestFixture<CourtOpinionRequestAggregate> fixture =
            new AggregateTestFixture<>(CourtOpinionRequestAggregate.class);
    public final List<DeliverableOpinion> delivered = new ArrayList<>();
    public UserId assistantOfTheCase = ASSISTANT.userId();
    public boolean caseExists = true;

    public CourtOpinionFixture() {
        fixture.registerInjectableResource((OpinionCases) caseId -> {
            if (!caseExists) {
                throw new DomainRuleViolation("case.not-found");
            }
            return new CaseOnFile(caseId, CENTRE, assistantOfTheCase, "Nowak");
        });
        fixture.registerInjectableResource((CaseFilePositions) caseId -> POSITION);
        fixture.registerInjectableResource((pl.asysta.cases.court.domain.OpinionDelivery) opinion -> {
            delivered.add(opinion);
            return SHA256;
        });
    }

    public static Actor actor(String userId, String name, Role role, InstitutionId institution) {
        return new Actor(new UserId(userId), name, Set.of(role), institution);
    }

    public static Author as(Actor actor, Role role) {
        return Author.of(actor, role);
    }

    // ---------------------------------------------------------------- the request at each stage

    public static OpinionRequested requested() {
        return new OpinionRequested(REQUEST, CASE, COURT, REFERENCE, QUESTIONS, DEADLINE, TODAY.minusDays(10),
                as(CLERK, Role.COURT_STAFF));
    }

    public static List<CourtOpinionRequestEvent> drafting() {
        return List.of(requested(), new OpinionDraftSaved(REQUEST, CASE, DRAFT, as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    public static OpinionSubmitted submission() {
        return new OpinionSubmitted(REQUEST, CASE, COMPLETE, POSITION.position(), POSITION.asOf(),
                as(ASSISTANT, Role.FAMILY_ASSISTANT));
    }

    public static List<CourtOpinionRequestEvent> submitted() {
        return with(drafting(), submission());
    }

    public static List<CourtOpinionRequestEvent> returned() {
        return with(submitted(), new OpinionReturned(REQUEST, CASE, "Proszę rozwinąć wnioski.",
                as(HEAD, Role.CENTRE_HEAD)));
    }

    public static List<CourtOpinionRequestEvent> delivered() {
        return with(submitted(), new OpinionDelivered(REQUEST, CASE, DELIVERED_AT, SHA256, as(HEAD, Role.CENTRE_HEAD)));
    }

    public static List<CourtOpinionRequestEvent> with(List<CourtOpinionRequestEvent> history,
                                               CourtOpinionRequestEvent... more) {
        List<CourtOpinionRequestEvent> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }
}
