package pl.asysta.cases.familycase.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.security.demo.DemoAccounts;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

import static org.awaitility.Awaitility.await;

/**
 * Families for view tests, set up through the real write side ({@link CaseCommands}) the way the people of the
 * demo centre would, each under a unique name so tests sharing one Spring context never see each other's cases.
 * Every step waits until the read side has caught up, so a test opens a screen that already shows it.
 */
@Component
public class CaseFixture {

    public static final Actor SOCIAL_WORKER = DemoAccounts.find("pracownik").orElseThrow().actor();
    public static final Actor HEAD = DemoAccounts.find("kierownik").orElseThrow().actor();
    public static final Actor ASSISTANT = DemoAccounts.find("asystent").orElseThrow().actor();
    public static final Actor SECOND_ASSISTANT = DemoAccounts.find("asystent2").orElseThrow().actor();

    private final CaseCommands commands;
    private final CaseFileQueries fileQueries;
    private final WorkListQueries workLists;
    private final TimelineQueries timeline;

    CaseFixture(CaseCommands commands, CaseFileQueries fileQueries, WorkListQueries workLists,
                TimelineQueries timeline) {
        this.commands = commands;
        this.fileQueries = fileQueries;
        this.workLists = workLists;
        this.timeline = timeline;
    }

    /**
     * Ends the work of the assistant's active cases. The test cases share one portal, and the statute lets an
     * assistant work with fifteen families at a time: each test hands its places back for the next, and waits
     * until the lists show it, so that the next one does not close a case a second time.
     */
    public void closeActiveCasesOf(Actor assistant) {
        List<CaseId> active = workLists.casesFor(assistant).stream()
                .filter(summary -> summary.status() == CaseStatus.ACTIVE)
                .map(CaseSummary::caseId)
                .toList();
        active.forEach(caseId -> commands.close(caseId, ClosureReason.OTHER, "Koniec scenariusza testowego.",
                today(), 1, assistant));
        await().atMost(Duration.ofSeconds(10)).until(() -> workLists.casesFor(assistant).stream()
                .noneMatch(summary -> active.contains(summary.caseId()) && summary.status() == CaseStatus.ACTIVE));
    }

    public static String uniqueFamilyName(String stem) {
        return stem + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    public static LocalDate today() {
        return LocalDate.now(ClockConfiguration.CENTRE_ZONE);
    }

    /** A family of two parents and a child, registered by the demo social worker. */
    public CaseId registered(String familyName) {
        CaseId caseId = commands.registerFamily(familyName, List.of(
                        new FamilyMember(null, "Jan", "Kowalski", Kinship.PARENT, LocalDate.of(1985, 3, 14)),
                        new FamilyMember(null, "Maria", "Kowalska", Kinship.PARENT, LocalDate.of(1988, 7, 2)),
                        new FamilyMember(null, "Zosia", "Kowalska", Kinship.CHILD, LocalDate.of(2016, 9, 1))),
                new Address("ul. Lipowa 7", "00-950", "Przykładowo"), new Contact("600 100 200", null),
                SOCIAL_WORKER).id();
        return settled(caseId, 1);
    }

    /** Registered, interviewed, requested, and the family consented: the head can assign an assistant. */
    public CaseId awaitingAssignment(String familyName) {
        CaseId caseId = registered(familyName);
        commands.recordInterview(caseId, today(), "Rodzina potrzebuje wsparcia w opiece nad dzieckiem.",
                List.of("trudności wychowawcze"), SOCIAL_WORKER);
        commands.requestAssistant(caseId, "Zaległości szkolne dziecka i trudności wychowawcze.", SOCIAL_WORKER);
        commands.recordConsent(caseId, "Jan Kowalski", today(), "Oświadczenie 1/2026", SOCIAL_WORKER);
        return settled(caseId, 4);
    }

    /** A family the given assistant works with, assigned on the given day. */
    public CaseId active(String familyName, UserId assistant, String assistantName, LocalDate assignedOn) {
        CaseId caseId = awaitingAssignment(familyName);
        commands.assignAssistant(caseId, assistant, assistantName, assignedOn, HEAD);
        return settled(caseId, 5);
    }

    public CaseId active(String familyName, Actor assistant) {
        return active(familyName, assistant.userId(), assistant.displayName(), today());
    }

    /** Adopts the first version of the plan with one action, as the assigned assistant. */
    public void firstPlan(CaseId caseId, Actor assistant, String goals) {
        int before = entries(caseId);
        commands.adoptWorkPlan(caseId, 0, goals, List.of(new PlanAction(null, "Regularne wizyty w szkole",
                new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Maria Kowalska", null), today().plusDays(3),
                "Dziecko nadrabia zaległości")), assistant);
        settled(caseId, before + 1);
    }

    public CaseCommands commands() {
        return commands;
    }

    /** Waits until the read side shows at least {@code entries} entries of the case. */
    public CaseId settled(CaseId caseId, int entries) {
        await().atMost(Duration.ofSeconds(10)).until(() -> fileQueries.details(caseId, HEAD).isPresent()
                && entries(caseId) >= entries);
        return caseId;
    }

    public int entries(CaseId caseId) {
        return timeline.count(caseId, TimelineFilter.ALL, HEAD);
    }
}
