package pl.asysta.cases.familycase.domain;

import static pl.asysta.cases.familycase.domain.CaseRules.happenedNoLaterThanToday;
import static pl.asysta.cases.familycase.domain.CaseRules.required;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import pl.asysta.cases.access.domain.CaseTeam;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantAssigned;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantReassigned;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantRequested;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseReopened;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ChildPlacedInFosterCare;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentWithdrawn;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CourtOrderRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.EnvironmentalInterviewRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FosterCareCoordinatorConsulted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.MonitoringEnded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.MonitoringEntryRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ObservationRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PeriodicAssessmentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionCompleted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionDropped;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionProgressed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.SocialWorkerConsulted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.SupportCatalogueDrawnUp;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkDocumented;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ZaZyciemSupportStarted;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * A family's case: what the statute lets each participant decide about it, and its state as evolved from its
 * events. Every decision takes the actor and today's date and returns the events it makes, or throws a
 * {@link DomainRuleViolation}; only {@link #apply} changes state.
 */
public final class FamilyCase {

    private CaseId caseId;
    private InstitutionId centre;
    private UserId socialWorker;
    private String familyName;
    private final Map<String, FamilyMember> members = new HashMap<>();
    private CaseStatus status;
    private boolean assistantRequested;
    private boolean consentInForce;
    private boolean courtOrdered;
    private UserId assistant;
    private LocalDate assessmentClockStart;
    private int planVersion;
    private final Map<String, ActionState> actions = new HashMap<>();
    private boolean zaZyciem;
    private LocalDate monitoringUntil;
    private final Set<UserId> coordinators = new HashSet<>();

    private enum ActionState { OPEN, COMPLETED, DROPPED }

    /** The state before the first event. */
    public static FamilyCase empty() {
        return new FamilyCase();
    }

    // ---------------------------------------------------------------- intake (social worker)

    /** A social worker opens the case of a family of their centre (uwr art. 11). */
    public static List<FamilyCaseEvent> register(CaseId caseId, String familyName, List<FamilyMember> members,
                                                 Address address, Contact contact, Actor actor) {
        Author author = authorIn(actor, Role.SOCIAL_WORKER);
        required(familyName, "familyName");
        if (members == null || members.isEmpty()) {
            throw new DomainRuleViolation("case.members-missing");
        }
        for (FamilyMember member : members) {
            required(member.firstName(), "firstName");
            required(member.lastName(), "lastName");
            Objects.requireNonNull(member.kinship(), "kinship");
        }
        return List.of(new FamilyRegistered(caseId, actor.institutionId(), familyName.strip(), List.copyOf(members),
                address, contact, author));
    }

    public List<FamilyCaseEvent> recordInterview(LocalDate conductedOn, String findings, List<String> difficulties,
                                                 Actor actor, LocalDate today) {
        Author author = centreStaff(actor, Role.SOCIAL_WORKER);
        mustBeOpen();
        happenedNoLaterThanToday(conductedOn, today);
        required(findings, "findings");
        return List.of(new EnvironmentalInterviewRecorded(caseId, conductedOn, findings,
                List.copyOf(difficulties), author));
    }

    public List<FamilyCaseEvent> requestAssistant(String justification, Actor actor) {
        Author author = centreStaff(actor, Role.SOCIAL_WORKER);
        if (status != CaseStatus.INTAKE) {
            throw new DomainRuleViolation("case.not-in-intake");
        }
        if (assistantRequested) {
            throw new DomainRuleViolation("case.assistant-already-requested");
        }
        required(justification, "justification");
        return List.of(new AssistantRequested(caseId, justification, author));
    }

    // ---------------------------------------------------------------- legal basis

    public List<FamilyCaseEvent> recordConsent(String consentingPerson, LocalDate givenOn, String documentReference,
                                               Actor actor, LocalDate today) {
        Author author = caseWorker(actor, Role.SOCIAL_WORKER, Role.FAMILY_ASSISTANT);
        mustBeOpen();
        required(consentingPerson, "consentingPerson");
        required(documentReference, "documentReference");
        happenedNoLaterThanToday(givenOn, today);
        if (consentInForce) {
            throw new DomainRuleViolation("case.consent-already-given");
        }
        return List.of(new ConsentRecorded(caseId, consentingPerson, givenOn, documentReference, author));
    }

    /**
     * Withdrawn consent ends the assistance unless a court ordered it (uwr art. 8 ust. 3): then the case is
     * closed at once with reason {@link ClosureReason#CONSENT_WITHDRAWN} and the chosen monitoring period.
     */
    public List<FamilyCaseEvent> withdrawConsent(LocalDate withdrawnOn, String note, int monitoringMonths,
                                                 Actor actor, LocalDate today) {
        Author author = caseWorker(actor, Role.SOCIAL_WORKER, Role.FAMILY_ASSISTANT);
        if (!consentInForce) {
            throw new DomainRuleViolation("case.no-consent-to-withdraw");
        }
        happenedNoLaterThanToday(withdrawnOn, today);
        List<FamilyCaseEvent> events = new ArrayList<>();
        events.add(new ConsentWithdrawn(caseId, withdrawnOn, note, author));
        if (CaseRules.consentWithdrawalEndsAssistance(courtOrdered) && status != CaseStatus.MONITORING
                && status != CaseStatus.CLOSED) {
            CaseRules.monitoringLastsOneToTwelveMonths(monitoringMonths);
            events.add(new CaseClosed(caseId, ClosureReason.CONSENT_WITHDRAWN,
                    note == null || note.isBlank() ? "" : note, withdrawnOn,
                    withdrawnOn.plusMonths(monitoringMonths), author));
        }
        return events;
    }

    public List<FamilyCaseEvent> recordCourtOrder(String court, String fileReference, LocalDate issuedOn,
                                                  Actor actor, LocalDate today) {
        Author author = caseWorker(actor, Role.SOCIAL_WORKER, Role.FAMILY_ASSISTANT, Role.CENTRE_HEAD);
        mustBeOpen();
        required(court, "court");
        required(fileReference, "fileReference");
        happenedNoLaterThanToday(issuedOn, today);
        return List.of(new CourtOrderRecorded(caseId, court, fileReference, issuedOn, author));
    }

    // ---------------------------------------------------------------- assignment (head of the centre)

    /**
     * The head assigns an assistant to a requested (or court-ordered) case that has a legal basis. The caseload
     * cap is the {@link AssistantCaseload}'s to enforce, in the same unit of work.
     */
    public List<FamilyCaseEvent> assignAssistant(UserId assistant, String assistantName, LocalDate assignedOn,
                                                 Actor actor, LocalDate today) {
        Author author = centreStaff(actor, Role.CENTRE_HEAD);
        if (status != CaseStatus.INTAKE) {
            throw new DomainRuleViolation("case.already-assigned");
        }
        if (!assistantRequested && !courtOrdered) {
            throw new DomainRuleViolation("case.assistant-not-requested");
        }
        CaseRules.workNeedsLegalBasis(consentInForce, courtOrdered);
        happenedNoLaterThanToday(assignedOn, today);
        return List.of(new AssistantAssigned(caseId, assistant, assistantName, assignedOn, author));
    }

    /** Another assistant takes over; the history of the first stays with the case. */
    public List<FamilyCaseEvent> reassignAssistant(UserId newAssistant, String assistantName, String reason,
                                                   LocalDate reassignedOn, Actor actor, LocalDate today) {
        Author author = centreStaff(actor, Role.CENTRE_HEAD);
        if (status != CaseStatus.ACTIVE) {
            throw new DomainRuleViolation("case.not-active");
        }
        if (newAssistant.equals(assistant)) {
            throw new DomainRuleViolation("case.same-assistant");
        }
        required(reason, "reason");
        happenedNoLaterThanToday(reassignedOn, today);
        return List.of(new AssistantReassigned(caseId, assistant, newAssistant, assistantName, reassignedOn, reason,
                author));
    }

    // ---------------------------------------------------------------- work plan (assistant)

    /**
     * Adopts a new version of the work plan, drafted with the family (uwr art. 15 ust. 1 pkt 1). The caller
     * states which version they revised; if someone adopted another meanwhile, nothing is overwritten.
     */
    public List<FamilyCaseEvent> adoptWorkPlan(int revisedVersion, String goals, List<PlanAction> planActions,
                                               Actor actor, LocalDate today) {
        Author author = assignedAssistant(actor);
        mustBeActive();
        if (revisedVersion != planVersion) {
            throw new DomainRuleViolation("case.plan-changed-meanwhile", planVersion);
        }
        required(goals, "goals");
        if (planActions.isEmpty()) {
            throw new DomainRuleViolation("case.plan-without-actions");
        }
        planActions.forEach(action -> CaseRules.planActionHasDeadlineAndExpectedEffect(action, today));
        return List.of(new WorkPlanAdopted(caseId, planVersion + 1, goals, List.copyOf(planActions), today, author));
    }

    public List<FamilyCaseEvent> consultPlan(int version, String opinion, Actor actor) {
        Author author = centreStaff(actor, Role.SOCIAL_WORKER);
        mustBeActive();
        if (version < 1 || version > planVersion) {
            throw new DomainRuleViolation("case.plan-version-unknown", version);
        }
        required(opinion, "opinion");
        return List.of(new SocialWorkerConsulted(caseId, version, opinion, author));
    }

    public List<FamilyCaseEvent> noteActionProgress(String actionId, String note, Actor actor, LocalDate today) {
        Author author = assignedAssistant(actor);
        openAction(actionId);
        required(note, "note");
        return List.of(new PlanActionProgressed(caseId, actionId, note, today, author));
    }

    public List<FamilyCaseEvent> completeAction(String actionId, String outcome, Actor actor, LocalDate today) {
        Author author = assignedAssistant(actor);
        openAction(actionId);
        required(outcome, "outcome");
        return List.of(new PlanActionCompleted(caseId, actionId, outcome, today, author));
    }

    public List<FamilyCaseEvent> dropAction(String actionId, String reason, Actor actor, LocalDate today) {
        Author author = assignedAssistant(actor);
        openAction(actionId);
        required(reason, "reason");
        return List.of(new PlanActionDropped(caseId, actionId, reason, today, author));
    }

    // ---------------------------------------------------------------- documentation and assessment (assistant)

    public List<FamilyCaseEvent> documentWork(String entryId, WorkKind kind, LocalDate date, int durationMinutes,
                                              List<String> participants, String notes, DataCategory category,
                                              Actor actor, LocalDate today) {
        Author author = assignedAssistant(actor);
        mustBeActive();
        Objects.requireNonNull(kind, "kind");
        happenedNoLaterThanToday(date, today);
        if (durationMinutes <= 0 || durationMinutes > 24 * 60) {
            throw new DomainRuleViolation("case.duration-invalid");
        }
        required(notes, "notes");
        DataCategory recordedAs = category == null ? DataCategory.VISITS : category;
        return List.of(new WorkDocumented(caseId, entryId, kind, date, durationMinutes, List.copyOf(participants),
                notes, recordedAs, author));
    }

    /** The periodic assessment (uwr art. 15 ust. 1 pkt 10, art. 17), due at least every six months. */
    public List<FamilyCaseEvent> recordAssessment(LocalDate assessedOn, String situation, String progress,
                                                  boolean continueWork, Actor actor, LocalDate today) {
        Author author = assignedAssistant(actor);
        mustBeActive();
        happenedNoLaterThanToday(assessedOn, today);
        if (assessmentClockStart != null && assessedOn.isBefore(assessmentClockStart)) {
            throw new DomainRuleViolation("case.assessment-before-last", assessmentClockStart);
        }
        required(situation, "situation");
        required(progress, "progress");
        return List.of(new PeriodicAssessmentRecorded(caseId, assessedOn, situation, progress, continueWork, author));
    }

    // ---------------------------------------------------------------- foster care, "Za życiem"

    /** uwr art. 15 ust. 1 pkt 2: the plan is coordinated with the child's assistance plan and the coordinator. */
    public List<FamilyCaseEvent> recordFosterCarePlacement(String memberId, LocalDate placedOn, String placement,
                                                           UserId coordinator, String coordinatorName,
                                                           String childAssistancePlanReference, Actor actor,
                                                           LocalDate today) {
        Author author = assignedAssistant(actor);
        mustBeActive();
        FamilyMember child = members.get(memberId);
        if (child == null || !child.isChild()) {
            throw new DomainRuleViolation("case.not-a-child-of-family");
        }
        happenedNoLaterThanToday(placedOn, today);
        required(placement, "placement");
        Objects.requireNonNull(coordinator, "coordinator");
        return List.of(new ChildPlacedInFosterCare(caseId, memberId, placedOn, placement, coordinator,
                coordinatorName, childAssistancePlanReference, author));
    }

    public List<FamilyCaseEvent> consultFosterCareCoordinator(String memberId, String note, Actor actor,
                                                              LocalDate today) {
        Author author = caseWorker(actor, Role.FAMILY_ASSISTANT, Role.FOSTER_CARE_COORDINATOR);
        mustBeActive();
        if (author.role() == Role.FOSTER_CARE_COORDINATOR && !coordinators.contains(actor.userId())) {
            throw new DomainRuleViolation("case.not-your-case");
        }
        if (!members.containsKey(memberId)) {
            throw new DomainRuleViolation("case.not-a-child-of-family");
        }
        required(note, "note");
        return List.of(new FosterCareCoordinatorConsulted(caseId, memberId, note, today, author));
    }

    public List<FamilyCaseEvent> startZaZyciemSupport(ZaZyciemGround ground, Actor actor) {
        Author author = caseWorker(actor, Role.FAMILY_ASSISTANT, Role.SOCIAL_WORKER);
        mustBeOpen();
        if (zaZyciem) {
            throw new DomainRuleViolation("case.za-zyciem-already");
        }
        return List.of(new ZaZyciemSupportStarted(caseId, Objects.requireNonNull(ground), author));
    }

    public List<FamilyCaseEvent> drawUpSupportCatalogue(List<SupportItem> items, Actor actor) {
        Author author = assignedAssistant(actor);
        if (!zaZyciem) {
            throw new DomainRuleViolation("case.za-zyciem-not-started");
        }
        if (items.isEmpty()) {
            throw new DomainRuleViolation("case.catalogue-empty");
        }
        items.forEach(item -> required(item.support(), "support"));
        return List.of(new SupportCatalogueDrawnUp(caseId, List.copyOf(items), author));
    }

    // ---------------------------------------------------------------- closure and monitoring

    /** Closure with a reason opens a monitoring period of the chosen length (uwr art. 15 ust. 1 pkt 16). */
    public List<FamilyCaseEvent> close(ClosureReason reason, String summary, LocalDate closedOn, int monitoringMonths,
                                       Actor actor, LocalDate today) {
        Author author = assignedAssistant(actor);
        mustBeActive();
        Objects.requireNonNull(reason, "reason");
        required(summary, "summary");
        happenedNoLaterThanToday(closedOn, today);
        CaseRules.monitoringLastsOneToTwelveMonths(monitoringMonths);
        return List.of(new CaseClosed(caseId, reason, summary, closedOn, closedOn.plusMonths(monitoringMonths),
                author));
    }

    public List<FamilyCaseEvent> recordMonitoring(LocalDate date, String notes, Actor actor, LocalDate today) {
        Author author = monitoringWorker(actor);
        if (status != CaseStatus.MONITORING) {
            throw new DomainRuleViolation("case.not-in-monitoring");
        }
        happenedNoLaterThanToday(date, today);
        required(notes, "notes");
        return List.of(new MonitoringEntryRecorded(caseId, date, notes, author));
    }

    public List<FamilyCaseEvent> endMonitoring(MonitoringOutcome outcome, String note, Actor actor, LocalDate today) {
        Author author = monitoringWorker(actor);
        if (status != CaseStatus.MONITORING) {
            throw new DomainRuleViolation("case.not-in-monitoring");
        }
        return List.of(new MonitoringEnded(caseId, Objects.requireNonNull(outcome), note, today, author));
    }

    /** A closed case is reopened with a reason; it returns to intake and needs an assignment again. */
    public List<FamilyCaseEvent> reopen(String reason, Actor actor, LocalDate today) {
        Author author = centreStaff(actor, Role.SOCIAL_WORKER, Role.CENTRE_HEAD);
        if (status != CaseStatus.MONITORING && status != CaseStatus.CLOSED) {
            throw new DomainRuleViolation("case.not-closed");
        }
        required(reason, "reason");
        return List.of(new CaseReopened(caseId, reason, today, author));
    }

    // ---------------------------------------------------------------- state

    public FamilyCase apply(FamilyCaseEvent event) {
        switch (event) {
            case FamilyRegistered e -> {
                caseId = e.caseId();
                centre = e.centre();
                socialWorker = e.recordedBy().userId();
                familyName = e.familyName();
                e.members().forEach(member -> members.put(member.memberId(), member));
                status = CaseStatus.INTAKE;
            }
            case EnvironmentalInterviewRecorded e -> { }
            case AssistantRequested e -> assistantRequested = true;
            case ConsentRecorded e -> consentInForce = true;
            case ConsentWithdrawn e -> consentInForce = false;
            case CourtOrderRecorded e -> courtOrdered = true;
            case AssistantAssigned e -> {
                assistant = e.assistant();
                assessmentClockStart = e.assignedOn();
                status = CaseStatus.ACTIVE;
            }
            case AssistantReassigned e -> assistant = e.assistant();
            case WorkPlanAdopted e -> {
                planVersion = e.version();
                e.actions().forEach(action -> actions.putIfAbsent(action.actionId(), ActionState.OPEN));
            }
            case SocialWorkerConsulted e -> { }
            case PlanActionProgressed e -> { }
            case PlanActionCompleted e -> actions.put(e.actionId(), ActionState.COMPLETED);
            case PlanActionDropped e -> actions.put(e.actionId(), ActionState.DROPPED);
            case WorkDocumented e -> { }
            case PeriodicAssessmentRecorded e -> assessmentClockStart = e.assessedOn();
            case ChildPlacedInFosterCare e -> coordinators.add(e.coordinator());
            case FosterCareCoordinatorConsulted e -> { }
            case ZaZyciemSupportStarted e -> zaZyciem = true;
            case SupportCatalogueDrawnUp e -> { }
            case CaseClosed e -> {
                status = CaseStatus.MONITORING;
                monitoringUntil = e.monitoringUntil();
            }
            case MonitoringEntryRecorded e -> { }
            case ObservationRecorded e -> { }
            case MonitoringEnded e -> status = CaseStatus.CLOSED;
            case CaseReopened e -> {
                status = CaseStatus.INTAKE;
                assistantRequested = false;
                assistant = null;
            }
        }
        return this;
    }

    public CaseId caseId() {
        return caseId;
    }

    /**
     * Whether the actor works on this case as its assigned assistant, its social worker or the head of its
     * centre (DESIGN section 3); the consent ledger and referrals are theirs to keep.
     */
    public boolean caseTeam(Actor actor) {
        return centre != null && new CaseTeam(caseId, centre, assistant, socialWorker, coordinators, List.of())
                .worksOnCase(actor);
    }

    public CaseStatus status() {
        return status;
    }

    public UserId assistant() {
        return assistant;
    }

    public InstitutionId centre() {
        return centre;
    }

    public String familyName() {
        return familyName;
    }

    public int planVersion() {
        return planVersion;
    }

    /** The day the next periodic assessment is due, or {@code null} while no assistant works with the family. */
    public LocalDate nextAssessmentDue() {
        return status == CaseStatus.ACTIVE ? CaseRules.nextAssessmentDue(assessmentClockStart) : null;
    }

    public LocalDate monitoringUntil() {
        return monitoringUntil;
    }

    // ---------------------------------------------------------------- snapshot

    /**
     * Everything the decisions need, as plain values. A case lives for years and gathers thousands of events;
     * an adapter stores this now and then so that a decision need not replay the whole history, and
     * {@link #fromSnapshot} gives back a case that decides exactly as the one it was taken from.
     */
    public record Snapshot(CaseId caseId, InstitutionId centre, UserId socialWorker, String familyName,
                           List<FamilyMember> members, CaseStatus status, boolean assistantRequested,
                           boolean consentInForce, boolean courtOrdered, UserId assistant,
                           LocalDate assessmentClockStart, int planVersion, List<String> openActions,
                           List<String> completedActions, List<String> droppedActions, boolean zaZyciem,
                           LocalDate monitoringUntil, List<UserId> coordinators) {
    }

    public Snapshot snapshot() {
        return new Snapshot(caseId, centre, socialWorker, familyName, List.copyOf(members.values()), status,
                assistantRequested, consentInForce, courtOrdered, assistant, assessmentClockStart, planVersion,
                actionsIn(ActionState.OPEN), actionsIn(ActionState.COMPLETED), actionsIn(ActionState.DROPPED),
                zaZyciem, monitoringUntil, List.copyOf(coordinators));
    }

    public static FamilyCase fromSnapshot(Snapshot snapshot) {
        FamilyCase restored = new FamilyCase();
        restored.caseId = snapshot.caseId();
        restored.centre = snapshot.centre();
        restored.socialWorker = snapshot.socialWorker();
        restored.familyName = snapshot.familyName();
        snapshot.members().forEach(member -> restored.members.put(member.memberId(), member));
        restored.status = snapshot.status();
        restored.assistantRequested = snapshot.assistantRequested();
        restored.consentInForce = snapshot.consentInForce();
        restored.courtOrdered = snapshot.courtOrdered();
        restored.assistant = snapshot.assistant();
        restored.assessmentClockStart = snapshot.assessmentClockStart();
        restored.planVersion = snapshot.planVersion();
        snapshot.openActions().forEach(id -> restored.actions.put(id, ActionState.OPEN));
        snapshot.completedActions().forEach(id -> restored.actions.put(id, ActionState.COMPLETED));
        snapshot.droppedActions().forEach(id -> restored.actions.put(id, ActionState.DROPPED));
        restored.zaZyciem = snapshot.zaZyciem();
        restored.monitoringUntil = snapshot.monitoringUntil();
        if (snapshot.coordinators() != null) {
            restored.coordinators.addAll(snapshot.coordinators());
        }
        return restored;
    }

    private List<String> actionsIn(ActionState state) {
        return actions.entrySet().stream().filter(entry -> entry.getValue() == state).map(Map.Entry::getKey)
                .sorted().toList();
    }

    // ---------------------------------------------------------------- other institutions

    /**
     * School or health staff record an observation, or an interdisciplinary team member a meeting note or a
     * decision (always VIOLENCE, art. 15 ust. 1 pkt 18-19). That their institution holds a grant covering the
     * category is the access policy's to check first. A case whose monitoring has ended takes no more entries.
     */
    public List<FamilyCaseEvent> recordObservation(ObservationKind kind, DataCategory category, LocalDate observedOn,
                                                   String text, Actor actor, LocalDate today) {
        Objects.requireNonNull(kind, "kind");
        Author author = authorIn(actor, kind == ObservationKind.OBSERVATION ? Role.INSTITUTION_STAFF : Role.TEAM_MEMBER);
        if (category == null) {
            throw new DomainRuleViolation("case.category-missing");
        }
        if (kind != ObservationKind.OBSERVATION && category != DataCategory.VIOLENCE) {
            throw new DomainRuleViolation("case.team-entries-are-violence");
        }
        if (status == CaseStatus.CLOSED) {
            throw new DomainRuleViolation("case.closed");
        }
        required(text, "text");
        happenedNoLaterThanToday(observedOn, today);
        return List.of(new ObservationRecorded(caseId, kind, category, observedOn, text.strip(), author));
    }

    // ---------------------------------------------------------------- who may decide

    private static Author authorIn(Actor actor, Role role) {
        if (!actor.hasRole(role)) {
            throw new DomainRuleViolation("case.role-not-allowed");
        }
        return Author.of(actor, role);
    }

    /**
     * Staff of the case's own centre acting in one of the given roles: its head, or its own social worker (the one
     * who opened it), as DESIGN section 3 lets only them see the case.
     */
    private Author centreStaff(Actor actor, Role... roles) {
        for (Role role : roles) {
            if (actor.hasRole(role) && actor.institutionId().equals(centre)
                    && (role != Role.SOCIAL_WORKER || actor.userId().equals(socialWorker))) {
                return Author.of(actor, role);
            }
        }
        throw new DomainRuleViolation("case.role-not-allowed");
    }

    /** The case's assigned assistant, its social worker, its centre's head, or a coordinator, in one of the roles. */
    private Author caseWorker(Actor actor, Role... roles) {
        for (Role role : roles) {
            if (!actor.hasRole(role)) {
                continue;
            }
            if (role == Role.FAMILY_ASSISTANT && actor.userId().equals(assistant)) {
                return Author.of(actor, role);
            }
            if (role == Role.SOCIAL_WORKER && actor.institutionId().equals(centre)
                    && actor.userId().equals(socialWorker)) {
                return Author.of(actor, role);
            }
            if (role == Role.CENTRE_HEAD && actor.institutionId().equals(centre)) {
                return Author.of(actor, role);
            }
            if (role == Role.FOSTER_CARE_COORDINATOR) {
                return Author.of(actor, role);
            }
        }
        throw new DomainRuleViolation("case.role-not-allowed");
    }

    private Author assignedAssistant(Actor actor) {
        if (!actor.hasRole(Role.FAMILY_ASSISTANT) || !actor.userId().equals(assistant)) {
            throw new DomainRuleViolation("case.not-your-case");
        }
        return Author.of(actor, Role.FAMILY_ASSISTANT);
    }

    /**
     * Monitoring is the assistant's who closed the work; a case closed before any assistant was assigned (consent
     * withdrawn during intake) is monitored by a social worker of its centre.
     */
    private Author monitoringWorker(Actor actor) {
        return assistant == null ? centreStaff(actor, Role.SOCIAL_WORKER) : assignedAssistant(actor);
    }

    private void mustBeOpen() {
        if (status == CaseStatus.MONITORING || status == CaseStatus.CLOSED) {
            throw new DomainRuleViolation("case.closed");
        }
    }

    private void mustBeActive() {
        if (status != CaseStatus.ACTIVE) {
            throw new DomainRuleViolation("case.not-active");
        }
    }

    private void openAction(String actionId) {
        mustBeActive();
        ActionState state = actions.get(actionId);
        if (state == null) {
            throw new DomainRuleViolation("case.plan-action-unknown");
        }
        if (state != ActionState.OPEN) {
            throw new DomainRuleViolation("case.plan-action-finished");
        }
    }
}
