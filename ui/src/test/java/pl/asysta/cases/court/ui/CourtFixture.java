package pl.asysta.cases.court.ui;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import pl.asysta.cases.court.OpinionCommands;
import pl.asysta.cases.court.OpinionQueries;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionStatus;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.ui.CaseFixture;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.security.demo.DemoAccounts;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * The family court of the demo accounts and its requests, set up through the real facades. A family is named
 * by the court the way a court does it, by a member's surname and date of birth, so each family here has a
 * surname of its own. Every step waits until the read side shows it.
 */
@Component
public class CourtFixture {

    public static final Actor CLERK = DemoAccounts.find("sad").orElseThrow().actor();
    public static final InstitutionId CENTRE = new InstitutionId("ops-przykladowo");
    public static final InstitutionId COURT = new InstitutionId("sad-rejonowy");
    public static final LocalDate BORN = LocalDate.of(1986, 5, 20);
    public static final OpinionText COMPLETE = new OpinionText("Rodzina mieszka w dwóch pokojach; ojciec pracuje.",
            "Rodzice dotrzymują ustaleń z asystentem.", "Dwa z trzech działań planu wykonane.",
            "Sytuacja dzieci poprawiła się.", "Zasadna jest dalsza praca asystenta przez pół roku.");

    private static final Duration READ_SIDE = Duration.ofSeconds(10);

    private final CaseCommands commands;
    private final CaseFixture cases;
    private final OpinionCommands opinions;
    private final OpinionQueries queries;

    CourtFixture(CaseCommands commands, CaseFixture cases, OpinionCommands opinions, OpinionQueries queries,
                 InstitutionRegister register) {
        this.commands = commands;
        this.cases = cases;
        this.opinions = opinions;
        this.queries = queries;
        register.register(new Institution(CENTRE, "Ośrodek Pomocy Społecznej w Przykładowie",
                InstitutionKind.SOCIAL_WELFARE_CENTRE));
        register.register(new Institution(COURT, "Sąd Rejonowy w Przykładowie, III Wydział Rodzinny i Nieletnich",
                InstitutionKind.COURT));
    }

    /** A surname no other test family has, e.g. {@code Sądowska-3fa2c1}. */
    public static String uniqueSurname(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /**
     * A family whose mother has this surname and was born on {@link #BORN}, working with the assistant; the
     * family's name is {@code familyName}.
     */
    public CaseId family(String familyName, String surname, Actor assistant) {
        CaseId caseId = commands.registerFamily(familyName, List.of(
                        new FamilyMember(null, "Ewa", surname, Kinship.PARENT, BORN),
                        new FamilyMember(null, "Ola", surname, Kinship.CHILD, LocalDate.of(2017, 3, 1))),
                new Address("ul. Sądowa 2", "99-100", "Przykładowo"), new Contact("600 200 300", null),
                CaseFixture.SOCIAL_WORKER).id();
        commands.recordInterview(caseId, CaseFixture.today(), "Rodzina w kryzysie.", List.of(),
                CaseFixture.SOCIAL_WORKER);
        commands.requestAssistant(caseId, "Potrzebne wsparcie asystenta.", CaseFixture.SOCIAL_WORKER);
        commands.recordConsent(caseId, "Ewa " + surname, CaseFixture.today(), "ZG/S/1", CaseFixture.SOCIAL_WORKER);
        commands.assignAssistant(caseId, assistant.userId(), assistant.displayName(), CaseFixture.today(),
                CaseFixture.HEAD);
        return cases.settled(caseId, 5);
    }

    /** The court asks for an opinion on the family of the mother with this surname. */
    public OpinionRequestId requested(String surname, String reference, LocalDate deadline) {
        OpinionRequestId request = opinions.request(CENTRE, surname, BORN, reference,
                "Jak rodzina współpracuje z asystentem?", deadline, CLERK).id();
        return settled(request, OpinionStatus.REQUESTED);
    }

    public OpinionRequestId submitted(String surname, String reference, Actor assistant) {
        OpinionRequestId request = requested(surname, reference, CaseFixture.today().plusDays(20));
        opinions.submit(request, COMPLETE, assistant);
        return settled(request, OpinionStatus.SUBMITTED);
    }

    public OpinionRequestId delivered(String surname, String reference, Actor assistant) {
        OpinionRequestId request = submitted(surname, reference, assistant);
        opinions.approve(request, CaseFixture.HEAD);
        return settled(request, OpinionStatus.DELIVERED);
    }

    public OpinionRequestId settled(OpinionRequestId request, OpinionStatus status) {
        await().atMost(READ_SIDE).until(() -> queries.status(request, CLERK).filter(status::equals).isPresent());
        return request;
    }
}
