package pl.asysta.cases.familycase;

import static pl.asysta.cases.familycase.People.HEAD;
import static pl.asysta.cases.familycase.People.SOCIAL_WORKER;

import java.time.LocalDate;
import java.util.List;

import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;

/** Walks a family through the facade to the point a test needs, the way the centre's staff would. */
public final class Journey {

    private final CaseCommands commands;
    private final LocalDate today;

    public Journey(CaseCommands commands, LocalDate today) {
        this.commands = commands;
        this.today = today;
    }

    /** Registered, interviewed, assistant requested, consent given: ready for the head to assign. */
    public CaseId awaitingAssignment(String familyName) {
        CaseId caseId = commands.registerFamily(familyName, List.of(
                        new FamilyMember(null, "Anna", familyName, Kinship.PARENT, LocalDate.of(1990, 4, 2)),
                        new FamilyMember(null, "Ola", familyName, Kinship.CHILD, LocalDate.of(2016, 9, 1))),
                new Address("ul. Lipowa 3", "00-001", "Przykładowo"), new Contact("600 100 200", null),
                SOCIAL_WORKER).id();
        commands.recordInterview(caseId, today.minusDays(10), "Trudności wychowawcze, zaległości w czynszu.",
                List.of("opiekuńczo-wychowawcze"), SOCIAL_WORKER);
        commands.requestAssistant(caseId, "Rodzina potrzebuje wsparcia asystenta.", SOCIAL_WORKER);
        commands.recordConsent(caseId, "Anna " + familyName, today.minusDays(9), "ZG/1/" + familyName,
                SOCIAL_WORKER);
        return caseId;
    }

    public CaseId assignedTo(Actor assistant, String familyName) {
        CaseId caseId = awaitingAssignment(familyName);
        commands.assignAssistant(caseId, assistant.userId(), assistant.displayName(), today.minusDays(8), HEAD);
        return caseId;
    }

    public void close(CaseId caseId, Actor assistant) {
        commands.close(caseId, ClosureReason.GOALS_ACHIEVED, "Cele planu osiągnięte.", today, 3, assistant);
    }
}
