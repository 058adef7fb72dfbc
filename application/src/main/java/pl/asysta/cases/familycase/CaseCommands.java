package pl.asysta.cases.familycase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.domain.AccessDecision;
import pl.asysta.cases.access.domain.AccessRules;
import pl.asysta.cases.access.domain.CaseGrant;
import pl.asysta.cases.access.domain.CaseTeam;
import pl.asysta.cases.familycase.FamilyCaseCommand.RegisterFamily;
import pl.asysta.cases.familycase.FamilyCaseCommand.TakeStep;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.AssignmentStep.AssignAssistant;
import pl.asysta.cases.familycase.domain.AssignmentStep.ReassignAssistant;
import pl.asysta.cases.familycase.domain.CaseStep;
import pl.asysta.cases.familycase.domain.ChildSupportStep.ConsultFosterCareCoordinator;
import pl.asysta.cases.familycase.domain.ChildSupportStep.DrawUpSupportCatalogue;
import pl.asysta.cases.familycase.domain.ChildSupportStep.RecordFosterCarePlacement;
import pl.asysta.cases.familycase.domain.ChildSupportStep.StartZaZyciemSupport;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.ClosureStep.CloseCase;
import pl.asysta.cases.familycase.domain.ClosureStep.EndMonitoring;
import pl.asysta.cases.familycase.domain.ClosureStep.RecordMonitoringEntry;
import pl.asysta.cases.familycase.domain.ClosureStep.ReopenCase;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.DocumentationStep.DocumentWork;
import pl.asysta.cases.familycase.domain.DocumentationStep.RecordAssessment;
import pl.asysta.cases.familycase.domain.DocumentationStep.RecordObservation;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordConsent;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordCourtOrder;
import pl.asysta.cases.familycase.domain.IntakeStep.RecordInterview;
import pl.asysta.cases.familycase.domain.IntakeStep.RequestAssistant;
import pl.asysta.cases.familycase.domain.IntakeStep.WithdrawConsent;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.cases.familycase.domain.PartInCase;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.PlanStep.AdoptWorkPlan;
import pl.asysta.cases.familycase.domain.PlanStep.CompleteAction;
import pl.asysta.cases.familycase.domain.PlanStep.ConsultPlan;
import pl.asysta.cases.familycase.domain.PlanStep.DropAction;
import pl.asysta.cases.familycase.domain.PlanStep.NoteActionProgress;
import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.eventstore.CommandSender;
import pl.asysta.eventstore.Created;
import pl.asysta.eventstore.Recorded;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * Everything people do to a family case. Screens build the step from their form and {@link #take} it, and ask
 * {@link #partOf} which steps to offer; the named methods below take one step each, for the demo gmina and tests.
 *
 * <p>Each call waits until the case's events are stored and returns what they were ({@link Recorded}), so the
 * user learns the outcome at once and the screen can wait for the read model to show it. A refusal arrives as a
 * {@link DomainRuleViolation} with a translation key ({@link CommandSender}); someone who may not see the case
 * learns no more than that it does not exist. Ids are made here, at the edge, and "today" is the centre's day by
 * the injected clock; the signed-in actor is always the last argument.
 */
@Service
public class CaseCommands {

    private final CommandSender sender;
    private final AccessPolicy policy;
    private final AggregateFamilyCases cases;
    private final Clock clock;

    CaseCommands(CommandSender sender, AccessPolicy policy, AggregateFamilyCases cases, Clock clock) {
        this.sender = sender;
        this.policy = policy;
        this.cases = cases;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
    }

    /** The same facade with another clock: the demo gmina tells its story on the days things happened. */
    public CaseCommands withClock(Clock storyClock) {
        return new CaseCommands(sender, policy, cases, storyClock);
    }

    /**
     * Opens the case of a family. Members without an id get one here; the returned id names the case from now
     * on.
     */
    public Created<CaseId> registerFamily(String familyName, List<FamilyMember> members, Address address,
                                          Contact contact, Actor actor) {
        return registerFamily(new CaseId(UUID.randomUUID().toString()), familyName, members, address, contact,
                actor);
    }

    /**
     * Opens a case under an id the caller chose, for imports and the demo gmina whose ids must be known in
     * advance; a second registration under the same id is refused as {@code case.changed-meanwhile}.
     */
    public Created<CaseId> registerFamily(CaseId caseId, String familyName, List<FamilyMember> members,
                                          Address address, Contact contact, Actor actor) {
        List<FamilyMember> identified = members == null ? List.of() : members.stream()
                .map(member -> member.memberId() == null
                        ? new FamilyMember(UUID.randomUUID().toString(), member.firstName(), member.lastName(),
                                member.kinship(), member.birthDate())
                        : member)
                .toList();
        return new Created<>(caseId, sender.send(new RegisterFamily(caseId, familyName, identified, address, contact,
                actor, today())));
    }

    /**
     * Takes one step on the case. What it creates without an id (a work entry, a new plan action) gets one here.
     * Another institution's entry is refused as {@code case.not-found} when the institution may not see the case
     * and {@code access.category-not-granted} when its grants do not cover the entry's category.
     */
    public Recorded take(CaseId caseId, CaseStep step, Actor actor) {
        Optional<CaseTeam> team = policy.team(caseId);
        if (step instanceof RecordObservation observation) {
            AccessDecision decision = team.map(found -> AccessRules.decide(actor, found, policy.today()))
                    .orElse(AccessDecision.NONE);
            if (!decision.seesCase()) {
                throw new DomainRuleViolation("case.not-found");
            }
            if (observation.category() != null && !decision.mayWrite(observation.category())) {
                throw new DomainRuleViolation("access.category-not-granted");
            }
        }
        List<CaseGrant> grants = team.map(CaseTeam::grants).orElse(List.of());
        TakeStep command = new TakeStep(caseId, step.identified(() -> UUID.randomUUID().toString()), actor, today(),
                grants);
        return sender.send(command, refusal -> policy.asSeenBy(actor, caseId, refusal));
    }

    /**
     * What the actor is to the case and the steps they may take now, decided on the case's present state and the
     * grants the access policy knows; a screen offers exactly these.
     */
    public PartInCase partOf(CaseId caseId, Actor actor) {
        try {
            return cases.partOf(caseId, actor, today(), policy.grants(caseId));
        } catch (RuntimeException failure) {
            throw CommandSender.asSeenByTheUser(failure);
        }
    }

    // ---------------------------------------------------------------- one step each

    public Recorded recordInterview(CaseId caseId, LocalDate conductedOn, String findings, List<String> difficulties,
                                Actor actor) {
        return take(caseId, new RecordInterview(conductedOn, findings, difficulties), actor);
    }

    public Recorded requestAssistant(CaseId caseId, String justification, Actor actor) {
        return take(caseId, new RequestAssistant(justification), actor);
    }

    public Recorded recordConsent(CaseId caseId, String consentingPerson, LocalDate givenOn, String documentReference,
                              Actor actor) {
        return take(caseId, new RecordConsent(consentingPerson, givenOn, documentReference), actor);
    }

    /**
     * Without a court order this closes the case with reason "consent withdrawn" and opens a monitoring period of
     * {@code monitoringMonths}; the family then leaves the assistant's caseload.
     */
    public Recorded withdrawConsent(CaseId caseId, LocalDate withdrawnOn, String note, int monitoringMonths,
                                Actor actor) {
        return take(caseId, new WithdrawConsent(withdrawnOn, note, monitoringMonths), actor);
    }

    public Recorded recordCourtOrder(CaseId caseId, String court, String fileReference, LocalDate issuedOn,
                                 Actor actor) {
        return take(caseId, new RecordCourtOrder(court, fileReference, issuedOn), actor);
    }

    /** Refused with {@code case.caseload-full} when the assistant already works with 15 families. */
    public Recorded assignAssistant(CaseId caseId, UserId assistant, String assistantName, LocalDate assignedOn,
                                Actor actor) {
        return take(caseId, new AssignAssistant(assistant, assistantName, assignedOn), actor);
    }

    /** The new assistant must have room for the family; the first one is released. */
    public Recorded reassignAssistant(CaseId caseId, UserId assistant, String assistantName, String reason,
                                  LocalDate reassignedOn, Actor actor) {
        return take(caseId, new ReassignAssistant(assistant, assistantName, reason, reassignedOn), actor);
    }

    /**
     * Refused with {@code case.plan-changed-meanwhile} when another version was adopted since
     * {@code revisedVersion} (0 for the first plan), and nothing is stored.
     *
     * @return the number of the version now in force
     */
    public int adoptWorkPlan(CaseId caseId, int revisedVersion, String goals, List<PlanAction> actions,
                             Actor actor) {
        take(caseId, new AdoptWorkPlan(revisedVersion, goals, actions), actor);
        return revisedVersion + 1;
    }

    public Recorded consultPlan(CaseId caseId, int planVersion, String opinion, Actor actor) {
        return take(caseId, new ConsultPlan(planVersion, opinion), actor);
    }

    public Recorded noteActionProgress(CaseId caseId, String actionId, String note, Actor actor) {
        return take(caseId, new NoteActionProgress(actionId, note), actor);
    }

    public Recorded completeAction(CaseId caseId, String actionId, String outcome, Actor actor) {
        return take(caseId, new CompleteAction(actionId, outcome), actor);
    }

    public Recorded dropAction(CaseId caseId, String actionId, String reason, Actor actor) {
        return take(caseId, new DropAction(actionId, reason), actor);
    }

    /** @return the id of the new entry */
    public String documentWork(CaseId caseId, WorkKind kind, LocalDate date, int durationMinutes,
                               List<String> participants, String notes, DataCategory category, Actor actor) {
        String entryId = UUID.randomUUID().toString();
        take(caseId, new DocumentWork(entryId, kind, date, durationMinutes, participants, notes, category), actor);
        return entryId;
    }

    public Recorded recordAssessment(CaseId caseId, LocalDate assessedOn, String situation, String progress,
                                 boolean continueWork, Actor actor) {
        return take(caseId, new RecordAssessment(assessedOn, situation, progress, continueWork), actor);
    }

    public Recorded recordFosterCarePlacement(CaseId caseId, String childMemberId, LocalDate placedOn, String placement,
                                          UserId coordinator, String coordinatorName,
                                          String childAssistancePlanReference, Actor actor) {
        return take(caseId, new RecordFosterCarePlacement(childMemberId, placedOn, placement, coordinator,
                coordinatorName, childAssistancePlanReference), actor);
    }

    public Recorded consultFosterCareCoordinator(CaseId caseId, String childMemberId, String note, Actor actor) {
        return take(caseId, new ConsultFosterCareCoordinator(childMemberId, note), actor);
    }

    public Recorded startZaZyciemSupport(CaseId caseId, ZaZyciemGround ground, Actor actor) {
        return take(caseId, new StartZaZyciemSupport(ground), actor);
    }

    public Recorded drawUpSupportCatalogue(CaseId caseId, List<SupportItem> items, Actor actor) {
        return take(caseId, new DrawUpSupportCatalogue(items), actor);
    }

    /** Opens the case's monitoring period; the family leaves the assistant's caseload. */
    public Recorded close(CaseId caseId, ClosureReason reason, String summary, LocalDate closedOn, int monitoringMonths,
                      Actor actor) {
        return take(caseId, new CloseCase(reason, summary, closedOn, monitoringMonths), actor);
    }

    public Recorded recordMonitoringEntry(CaseId caseId, LocalDate date, String notes, Actor actor) {
        return take(caseId, new RecordMonitoringEntry(date, notes), actor);
    }

    public Recorded endMonitoring(CaseId caseId, MonitoringOutcome outcome, String note, Actor actor) {
        return take(caseId, new EndMonitoring(outcome, note), actor);
    }

    /** The case returns to intake and needs a request and an assignment again. */
    public Recorded reopen(CaseId caseId, String reason, Actor actor) {
        return take(caseId, new ReopenCase(reason), actor);
    }

    public Recorded recordObservation(CaseId caseId, ObservationKind kind, DataCategory category, LocalDate observedOn,
                                  String text, Actor actor) {
        return take(caseId, new RecordObservation(kind, category, observedOn, text), actor);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
