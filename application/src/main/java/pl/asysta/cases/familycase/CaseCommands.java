package pl.asysta.cases.familycase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.domain.AccessDecision;
import pl.asysta.cases.familycase.FamilyCaseCommand.AdoptWorkPlan;
import pl.asysta.cases.familycase.FamilyCaseCommand.AssignAssistant;
import pl.asysta.cases.familycase.FamilyCaseCommand.CloseCase;
import pl.asysta.cases.familycase.FamilyCaseCommand.CompleteAction;
import pl.asysta.cases.familycase.FamilyCaseCommand.ConsultFosterCareCoordinator;
import pl.asysta.cases.familycase.FamilyCaseCommand.ConsultPlan;
import pl.asysta.cases.familycase.FamilyCaseCommand.DocumentWork;
import pl.asysta.cases.familycase.FamilyCaseCommand.DrawUpSupportCatalogue;
import pl.asysta.cases.familycase.FamilyCaseCommand.DropAction;
import pl.asysta.cases.familycase.FamilyCaseCommand.EndMonitoring;
import pl.asysta.cases.familycase.FamilyCaseCommand.NoteActionProgress;
import pl.asysta.cases.familycase.FamilyCaseCommand.ReassignAssistant;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordAssessment;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordConsent;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordCourtOrder;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordFosterCarePlacement;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordInterview;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordMonitoringEntry;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordObservation;
import pl.asysta.cases.familycase.FamilyCaseCommand.RegisterFamily;
import pl.asysta.cases.familycase.FamilyCaseCommand.ReopenCase;
import pl.asysta.cases.familycase.FamilyCaseCommand.RequestAssistant;
import pl.asysta.cases.familycase.FamilyCaseCommand.StartZaZyciemSupport;
import pl.asysta.cases.familycase.FamilyCaseCommand.WithdrawConsent;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.MonitoringOutcome;
import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.SupportItem;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.familycase.domain.ZaZyciemGround;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * Everything people do to a family case, one method per step of the journey (issue 3). Screens call only this.
 *
 * <p>Each call waits until the case's events are stored, so the user learns the outcome at once. A refusal
 * arrives as a {@link DomainRuleViolation} with a translation key: the domain's own, or
 * {@code case.changed-meanwhile} when someone else changed the same case (or the same assistant's caseload) in
 * the same moment, or {@code case.not-found}. Ids are made here, at the edge, and "today" is the centre's day
 * by the injected clock; the signed-in actor is always the last argument.
 */
@Service
public class CaseCommands {

    private final CommandGateway commandGateway;
    private final AccessPolicy policy;
    private final Clock clock;

    public CaseCommands(CommandGateway commandGateway, AccessPolicy policy, Clock clock) {
        this.commandGateway = commandGateway;
        this.policy = policy;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
    }

    // ---------------------------------------------------------------- intake (social worker)

    /**
     * Opens the case of a family. Members without an id get one here; the returned id names the case from now
     * on.
     */
    public CaseId registerFamily(String familyName, List<FamilyMember> members, Address address, Contact contact,
                                 Actor actor) {
        return registerFamily(new CaseId(UUID.randomUUID().toString()), familyName, members, address, contact,
                actor);
    }

    /**
     * Opens a case under an id the caller chose, for imports and the demo gmina whose ids must be known in
     * advance; a second registration under the same id is refused as {@code case.changed-meanwhile}.
     */
    public CaseId registerFamily(CaseId caseId, String familyName, List<FamilyMember> members, Address address,
                                 Contact contact, Actor actor) {
        List<FamilyMember> identified = members == null ? List.of() : members.stream()
                .map(member -> member.memberId() == null
                        ? new FamilyMember(UUID.randomUUID().toString(), member.firstName(), member.lastName(),
                                member.kinship(), member.birthDate())
                        : member)
                .toList();
        send(new RegisterFamily(caseId, familyName, identified, address, contact, actor, today()));
        return caseId;
    }

    public void recordInterview(CaseId caseId, LocalDate conductedOn, String findings, List<String> difficulties,
                                Actor actor) {
        send(new RecordInterview(caseId, conductedOn, findings, difficulties == null ? List.of() : difficulties,
                actor, today()));
    }

    public void requestAssistant(CaseId caseId, String justification, Actor actor) {
        send(new RequestAssistant(caseId, justification, actor, today()));
    }

    // ---------------------------------------------------------------- legal basis

    public void recordConsent(CaseId caseId, String consentingPerson, LocalDate givenOn, String documentReference,
                              Actor actor) {
        send(new RecordConsent(caseId, consentingPerson, givenOn, documentReference, actor, today()));
    }

    /**
     * Records that the family withdrew its consent. Without a court order this closes the case with reason
     * "consent withdrawn" and opens a monitoring period of {@code monitoringMonths}; the family then leaves the
     * assistant's caseload.
     */
    public void withdrawConsent(CaseId caseId, LocalDate withdrawnOn, String note, int monitoringMonths,
                                Actor actor) {
        send(new WithdrawConsent(caseId, withdrawnOn, note, monitoringMonths, actor, today()));
    }

    public void recordCourtOrder(CaseId caseId, String court, String fileReference, LocalDate issuedOn,
                                 Actor actor) {
        send(new RecordCourtOrder(caseId, court, fileReference, issuedOn, actor, today()));
    }

    // ---------------------------------------------------------------- assignment (head of the centre)

    /** Assigns an assistant; refused with {@code case.caseload-full} when they already work with 15 families. */
    public void assignAssistant(CaseId caseId, UserId assistant, String assistantName, LocalDate assignedOn,
                                Actor actor) {
        send(new AssignAssistant(caseId, assistant, assistantName, assignedOn, actor, today()));
    }

    /** Hands the case to another assistant, who must have room for it; the first one is released. */
    public void reassignAssistant(CaseId caseId, UserId assistant, String assistantName, String reason,
                                  LocalDate reassignedOn, Actor actor) {
        send(new ReassignAssistant(caseId, assistant, assistantName, reason, reassignedOn, actor, today()));
    }

    // ---------------------------------------------------------------- work plan (assistant)

    /**
     * Adopts a new version of the work plan. {@code revisedVersion} is the version the assistant worked from (0
     * for the first plan); if another version was adopted meanwhile the call is refused with
     * {@code case.plan-changed-meanwhile} and nothing is stored. Actions without an id are new and get one here;
     * actions carried over keep theirs.
     *
     * @return the number of the version now in force
     */
    public int adoptWorkPlan(CaseId caseId, int revisedVersion, String goals, List<PlanAction> actions,
                             Actor actor) {
        List<PlanAction> identified = actions == null ? List.of() : actions.stream()
                .map(action -> action.actionId() == null
                        ? new PlanAction(UUID.randomUUID().toString(), action.description(), action.owner(),
                                action.deadline(), action.expectedEffect())
                        : action)
                .toList();
        send(new AdoptWorkPlan(caseId, revisedVersion, goals, identified, actor, today()));
        return revisedVersion + 1;
    }

    /** The social worker's opinion on a plan version (uwr art. 15 ust. 1 pkt 1). */
    public void consultPlan(CaseId caseId, int planVersion, String opinion, Actor actor) {
        send(new ConsultPlan(caseId, planVersion, opinion, actor, today()));
    }

    public void noteActionProgress(CaseId caseId, String actionId, String note, Actor actor) {
        send(new NoteActionProgress(caseId, actionId, note, actor, today()));
    }

    public void completeAction(CaseId caseId, String actionId, String outcome, Actor actor) {
        send(new CompleteAction(caseId, actionId, outcome, actor, today()));
    }

    public void dropAction(CaseId caseId, String actionId, String reason, Actor actor) {
        send(new DropAction(caseId, actionId, reason, actor, today()));
    }

    // ---------------------------------------------------------------- documentation and assessment (assistant)

    /**
     * Documents a visit, consultation, crisis intervention or contact with an institution.
     *
     * @return the id of the new entry
     */
    public String documentWork(CaseId caseId, WorkKind kind, LocalDate date, int durationMinutes,
                               List<String> participants, String notes, DataCategory category, Actor actor) {
        String entryId = UUID.randomUUID().toString();
        send(new DocumentWork(caseId, entryId, kind, date, durationMinutes,
                participants == null ? List.of() : participants, notes, category, actor, today()));
        return entryId;
    }

    public void recordAssessment(CaseId caseId, LocalDate assessedOn, String situation, String progress,
                                 boolean continueWork, Actor actor) {
        send(new RecordAssessment(caseId, assessedOn, situation, progress, continueWork, actor, today()));
    }

    // ---------------------------------------------------------------- foster care, "Za życiem"

    public void recordFosterCarePlacement(CaseId caseId, String childMemberId, LocalDate placedOn, String placement,
                                          UserId coordinator, String coordinatorName,
                                          String childAssistancePlanReference, Actor actor) {
        send(new RecordFosterCarePlacement(caseId, childMemberId, placedOn, placement, coordinator, coordinatorName,
                childAssistancePlanReference, actor, today()));
    }

    public void consultFosterCareCoordinator(CaseId caseId, String childMemberId, String note, Actor actor) {
        send(new ConsultFosterCareCoordinator(caseId, childMemberId, note, actor, today()));
    }

    public void startZaZyciemSupport(CaseId caseId, ZaZyciemGround ground, Actor actor) {
        send(new StartZaZyciemSupport(caseId, ground, actor, today()));
    }

    public void drawUpSupportCatalogue(CaseId caseId, List<SupportItem> items, Actor actor) {
        send(new DrawUpSupportCatalogue(caseId, items == null ? List.of() : items, actor, today()));
    }

    // ---------------------------------------------------------------- closure and monitoring

    /** Closes the case and opens its monitoring period; the family leaves the assistant's caseload. */
    public void close(CaseId caseId, ClosureReason reason, String summary, LocalDate closedOn, int monitoringMonths,
                      Actor actor) {
        send(new CloseCase(caseId, reason, summary, closedOn, monitoringMonths, actor, today()));
    }

    public void recordMonitoringEntry(CaseId caseId, LocalDate date, String notes, Actor actor) {
        send(new RecordMonitoringEntry(caseId, date, notes, actor, today()));
    }

    public void endMonitoring(CaseId caseId, MonitoringOutcome outcome, String note, Actor actor) {
        send(new EndMonitoring(caseId, outcome, note, actor, today()));
    }

    /** Reopens a closed case; it returns to intake and needs a request and an assignment again. */
    public void reopen(CaseId caseId, String reason, Actor actor) {
        send(new ReopenCase(caseId, reason, actor, today()));
    }

    // ---------------------------------------------------------------- other institutions

    /**
     * School or health staff add an observation, or an interdisciplinary team member a meeting note or decision,
     * in a category their institution's active grant covers; refused as {@code case.not-found} when they may not
     * see the case and {@code access.category-not-granted} when the grant does not cover the category.
     */
    public void recordObservation(CaseId caseId, ObservationKind kind, DataCategory category, LocalDate observedOn,
                                  String text, Actor actor) {
        AccessDecision decision = policy.decide(caseId, actor);
        if (!decision.seesCase()) {
            throw new DomainRuleViolation("case.not-found");
        }
        if (category != null && !decision.mayWrite(category)) {
            throw new DomainRuleViolation("access.category-not-granted");
        }
        send(new RecordObservation(caseId, kind, category, observedOn, text, actor, today()));
    }

    // ---------------------------------------------------------------- sending

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Sends the command; someone who may not see the case learns no more than that it does not exist. */
    private void send(FamilyCaseCommand command) {
        try {
            commandGateway.sendAndWait(command);
        } catch (RuntimeException failure) {
            RuntimeException seen = asSeenByTheUser(failure);
            throw command instanceof RegisterFamily ? seen : policy.asSeenBy(command.actor(), command.caseId(), seen);
        }
    }

    /**
     * The domain's refusal as it was thrown, or a refusal that says what happened in the user's terms. Anything
     * else is a fault of the portal and travels on unchanged, to be logged and shown as an unexpected error.
     */
    public static RuntimeException asSeenByTheUser(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainRuleViolation violation) {
                return violation;
            }
            if (cause instanceof CommandExecutionException execution
                    && execution.getDetails().orElse(null) instanceof DomainRuleViolation violation) {
                return violation;
            }
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return new DomainRuleViolation("case.changed-meanwhile");
            }
            if (cause instanceof AggregateNotFoundException) {
                return new DomainRuleViolation("case.not-found");
            }
        }
        return failure;
    }
}
