package pl.asysta.demo;

import static pl.asysta.demo.DemoGmina.ANNA;
import static pl.asysta.demo.DemoGmina.CENTRE;
import static pl.asysta.demo.DemoGmina.MAREK;
import static pl.asysta.demo.DemoGmina.TOMASZ;
import static pl.asysta.demo.DemoGmina.caseId;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.domain.CourtDecisionKind;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.eventstore.CommandSender;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * The family court's part of the demo gmina, told after the agencies': the court asked for four opinions. The
 * Sikoras' was drafted by their assistant, approved and delivered with its document, and the court then limited
 * the parents' authority; the Kamińskis' waits for the head's approval with its deadline near; the Nowaks' waits
 * for a draft, and the court has meanwhile ordered the family to work with the assistant (a prompt to record
 * the legal basis); the Wróbels' deadline has passed. Seeded once: the delivered request is the marker, so a
 * gmina seeded before the court was part of the story gets it on its next start.
 */
@Component
class DemoCourtOpinions {

    static final InstitutionId COURT = new InstitutionId("sad-rejonowy");
    static final Actor AGNIESZKA = new Actor(new UserId("sad"), "Agnieszka Mazur", Set.of(Role.COURT_STAFF), COURT);

    static final CaseId NOWAK = caseId(1);
    static final CaseId KAMINSKI = caseId(2);
    static final CaseId WROBEL = caseId(4);
    static final CaseId SIKORA = caseId(15);

    /** The delivered opinion's request, the first this story writes; once it exists, the story has been told. */
    static final OpinionRequestId DELIVERED = new OpinionRequestId("demo-opinion-sikora");
    static final OpinionRequestId AWAITING_APPROVAL = new OpinionRequestId("demo-opinion-kaminski");
    static final OpinionRequestId AWAITING_DRAFT = new OpinionRequestId("demo-opinion-nowak");
    static final OpinionRequestId OVERDUE = new OpinionRequestId("demo-opinion-wrobel");

    private static final Logger log = LoggerFactory.getLogger(DemoCourtOpinions.class);

    /** How long a step waits for the read side to know the families (the court names them from it). */
    private static final Duration FAMILIES_PROJECTED = Duration.ofSeconds(30);

    private final CommandSender commandSender;
    private final AccessPolicy policy;
    private final AccessLog accessLog;
    private final InstitutionRegister institutions;
    private final EventStore eventStore;
    private final JdbcClient jdbc;

    DemoCourtOpinions(CommandSender commandSender, AccessPolicy policy, AccessLog accessLog,
                      InstitutionRegister institutions, EventStore eventStore, JdbcClient jdbc) {
        this.commandSender = commandSender;
        this.policy = policy;
        this.accessLog = accessLog;
        this.institutions = institutions;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** Tells the court's part unless it was told; true when this call told it. */
    boolean seed(MovableClock clock, LocalDate today) {
        if (eventStore.lastSequenceNumberFor(DELIVERED.value()).isPresent()) {
            return false;
        }
        long started = System.nanoTime();
        OpinionCommands opinions = new OpinionCommands(commandSender, policy, accessLog, institutions, eventStore,
                jdbc, clock);
        int year = today.getYear() % 100;

        // The Sikoras: asked five weeks ago, drafted by Marek Wiśniewski, approved today; then the court decided.
        on(clock, today, 35);
        request(opinions, DELIVERED, SIKORA, "III Nsm 215/" + year, today.plusDays(10),
                "Czy rodzice współpracują z asystentem rodziny i realizują plan pracy? Czy w ocenie ośrodka "
                        + "zachodzi potrzeba dalszego wsparcia rodziny albo zmiany zarządzeń opiekuńczych?");
        on(clock, today, 12);
        opinions.saveDraft(DELIVERED, sikora(false), MAREK);
        on(clock, today, 0);
        opinions.submit(DELIVERED, sikora(true), MAREK);
        opinions.approve(DELIVERED, TOMASZ);
        opinions.recordDecision(DELIVERED, CourtDecisionKind.PARENTAL_AUTHORITY_LIMITED, today, null,
                "Ograniczono władzę rodzicielską obojga rodziców przez poddanie jej wykonywania stałemu nadzorowi "
                        + "kuratora sądowego; rodzina nadal pracuje z asystentem rodziny.", AGNIESZKA);

        // The Kamińskis: drafted and submitted by Anna Kowalska yesterday; the deadline is in five days.
        on(clock, today, 25);
        request(opinions, AWAITING_APPROVAL, KAMINSKI, "III RC 88/" + year, today.plusDays(5),
                "Jak ocenia ośrodek sytuację opiekuńczo-wychowawczą dzieci, w tym frekwencję Szymona w szkole, "
                        + "w związku z wnioskiem o zmianę wysokości alimentów?");
        on(clock, today, 1);
        opinions.submit(AWAITING_APPROVAL, kaminski(), ANNA);

        // The Wróbels: asked forty days ago, the deadline passed two days ago, nothing written yet.
        on(clock, today, 40);
        request(opinions, OVERDUE, WROBEL, "III Nsm 97/" + year, today.minusDays(2),
                "Prosimy o opinię o rodzinie w związku z procedurą Niebieskiej Karty: czy dzieci są bezpieczne "
                        + "i czy rodzina korzysta z zaproponowanej pomocy?");

        // The Nowaks: asked three days ago; a week ago the court ordered them to work with the assistant.
        on(clock, today, 3);
        request(opinions, AWAITING_DRAFT, NOWAK, "III Nsm 301/" + year, today.plusDays(25),
                "Czy matka współpracuje z asystentem rodziny i czy sytuacja dzieci (Kacpra i Leny) uległa "
                        + "poprawie od czasu objęcia rodziny wsparciem?");
        opinions.recordDecision(AWAITING_DRAFT, CourtDecisionKind.ORDER_TO_WORK_WITH_ASSISTANT, today.minusDays(7),
                "III Nsm 120/" + year, "Zobowiązano matkę do współpracy z asystentem rodziny (art. 109 § 2 pkt 2 "
                        + "KRO).", AGNIESZKA);
        clock.moveTo(today);
        log.info("Demo gmina Przykładowo: court opinion requests and decisions seeded in {} ms",
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** The court names the family as a court would: the lead member's surname and date of birth. */
    private void request(OpinionCommands opinions, OpinionRequestId id, CaseId caseId, String reference,
                         LocalDate deadline, String questions) {
        FamilyMember lead = lead(caseId);
        awaitProjected(caseId);
        opinions.request(id, CENTRE, lead.lastName(), lead.birthDate(), reference, questions, deadline, AGNIESZKA);
    }

    private FamilyMember lead(CaseId caseId) {
        return eventStore.readEvents(caseId.value()).asStream()
                .map(message -> message.getPayload())
                .filter(FamilyRegistered.class::isInstance)
                .map(FamilyRegistered.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo family " + caseId + " is not registered"))
                .members().getFirst();
    }

    /** The families are on the read side a moment after they are stored; the court's lookup reads it there. */
    private void awaitProjected(CaseId caseId) {
        long deadline = System.nanoTime() + FAMILIES_PROJECTED.toNanos();
        while (jdbc.sql("select count(*) from case_member where case_id = :caseId").param("caseId", caseId.value())
                .query(Integer.class).single() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The family " + caseId + " did not reach the read side in "
                        + FAMILIES_PROJECTED.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the read side", interrupted);
            }
        }
    }

    private static void on(MovableClock clock, LocalDate today, int daysAgo) {
        clock.moveTo(today.minusDays(daysAgo));
    }

    private static OpinionText sikora(boolean complete) {
        return new OpinionText(
                "Rodzina Sikorów (rodzice i dwoje dzieci: Mikołaj, 13 lat, i Laura, 9 lat) zajmuje trzypokojowe "
                        + "mieszkanie komunalne. Ojciec pracuje dorywczo, matka zajmuje się domem; rodzina korzysta "
                        + "z zasiłku rodzinnego i dodatku mieszkaniowego.",
                complete ? "Rodzina pracuje z asystentem od pół roku na podstawie postanowienia sądu. Rodzice "
                        + "dotrzymują terminów spotkań; matka chętniej niż ojciec podejmuje ustalenia." : "",
                complete ? "Z planu pracy zrealizowano spłatę zaległości czynszowych i zapis Laury na zajęcia "
                        + "wyrównawcze; regularne wizyty Mikołaja w poradni psychologiczno-pedagogicznej są w toku."
                        : "",
                complete ? "Sytuacja opiekuńczo-wychowawcza poprawiła się, lecz nie jest stabilna: w okresach "
                        + "nadużywania alkoholu przez ojca dzieci bywają pozostawione bez opieki." : "",
                complete ? "Ośrodek wnosi o dalsze zobowiązanie rodziny do pracy z asystentem i rozważenie nadzoru "
                        + "kuratora sądowego nad wykonywaniem władzy rodzicielskiej." : "");
    }

    private static OpinionText kaminski() {
        return new OpinionText(
                "Rodzina Kamińskich (rodzice, Szymon, 15 lat, i Zuzanna, 10 lat) mieszka w domu jednorodzinnym. "
                        + "Ojciec pracuje na budowie, matka w sklepie na pół etatu.",
                "Rodzina współpracuje z asystentem rodziny, spotkania odbywają się co tydzień.",
                "Plan pracy realizowany zgodnie z terminami; szkoła potwierdza poprawę frekwencji Szymona od "
                        + "listopada.",
                "Potrzeby dzieci są zaspokojone; rodzice wspólnie dbają o ich wychowanie i naukę.",
                "Ośrodek nie widzi przeszkód w ustaleniu alimentów na dotychczasowym poziomie; zaleca dalszą "
                        + "współpracę z asystentem do końca roku szkolnego.");
    }
}
