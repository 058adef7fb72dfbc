package pl.asysta.cases.familycase.domain;

import static pl.asysta.cases.familycase.domain.CaseRules.required;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import pl.asysta.cases.access.domain.CaseGrant;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * A family's case: its state so far, which steps each person may take at its present stage, and the decision on a
 * step taken. Who may take a step is one rule per kind of step, in the class of its stage ({@link Intake},
 * {@link Assignment}, {@link WorkPlan}, {@link Documentation}, {@link ChildSupport}, {@link Closure}); a decision
 * checks it before it looks at what was typed, so a page that offers exactly the permitted steps never offers one
 * that is refused for who or when. A decision returns the events it makes, or throws a {@link DomainRuleViolation};
 * only {@link #apply} changes the state.
 */
public final class FamilyCase {

    private FamilyCaseState state;

    private FamilyCase(FamilyCaseState state) {
        this.state = Objects.requireNonNull(state);
    }

    /** The case before its first event. */
    public static FamilyCase empty() {
        return new FamilyCase(FamilyCaseState.EMPTY);
    }

    /** The case as a snapshot left it. */
    public static FamilyCase of(FamilyCaseState state) {
        return new FamilyCase(state);
    }

    /** A social worker opens the case of a family of their centre (uwr art. 11) and stays its social worker. */
    public static List<FamilyCaseEvent> register(CaseId caseId, String familyName, List<FamilyMember> members,
                                                 Address address, Contact contact, Actor actor) {
        if (!actor.hasRole(Role.SOCIAL_WORKER)) {
            throw new DomainRuleViolation("case.role-not-allowed");
        }
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
                address, contact, Author.of(actor, Role.SOCIAL_WORKER)));
    }

    /** The decision on a step that involves no other institution's grant. */
    public List<FamilyCaseEvent> decide(CaseStep step, Actor actor, LocalDate today) {
        return decide(step, actor, today, List.of());
    }

    /**
     * The decision on a step: first whether this actor may take this kind of step at this stage, then whether what
     * they typed satisfies the statute. {@code grants} are the grants on the case the consent ledger knows.
     */
    public List<FamilyCaseEvent> decide(CaseStep step, Actor actor, LocalDate today, List<CaseGrant> grants) {
        Situation now = situation(actor, today, grants);
        Author author = permission(step.stepKind(), now).orRefuse();
        return switch (step) {
            case IntakeStep intake -> Intake.decide(intake, author, now);
            case AssignmentStep assignment -> Assignment.decide(assignment, author, now);
            case PlanStep plan -> WorkPlan.decide(plan, author, now);
            case DocumentationStep documentation -> Documentation.decide(documentation, author, now);
            case ChildSupportStep support -> ChildSupport.decide(support, author, now);
            case ClosureStep closure -> Closure.decide(closure, author, now);
        };
    }

    /** The steps the actor may take now, in the order of the case's life; none on a case never registered. */
    public Set<StepKind> permittedSteps(Actor actor, LocalDate today, List<CaseGrant> grants) {
        Set<StepKind> permitted = EnumSet.noneOf(StepKind.class);
        if (!state.registered()) {
            return permitted;
        }
        Situation now = situation(actor, today, grants);
        for (StepKind kind : StepKind.values()) {
            if (permission(kind, now).granted()) {
                permitted.add(kind);
            }
        }
        return permitted;
    }

    /** What the actor is to the case and the steps they may take now. */
    public PartInCase partOf(Actor actor, LocalDate today, List<CaseGrant> grants) {
        if (!state.registered()) {
            return PartInCase.NONE;
        }
        return new PartInCase(state.team().withGrants(grants).rolesOf(actor, today),
                permittedSteps(actor, today, grants));
    }

    private static Permission permission(StepKind kind, Situation now) {
        return switch (kind) {
            case INTERVIEW, REQUEST_ASSISTANT, CONSENT, COURT_ORDER, WITHDRAW_CONSENT -> Intake.permission(kind, now);
            case ASSIGN, REASSIGN -> Assignment.permission(kind, now);
            case ADOPT_PLAN, CONSULT_PLAN, NOTE_ACTION_PROGRESS, COMPLETE_ACTION, DROP_ACTION ->
                    WorkPlan.permission(kind, now);
            case DOCUMENT_WORK, ASSESSMENT, OBSERVATION, TEAM_MEETING, TEAM_DECISION ->
                    Documentation.permission(kind, now);
            case FOSTER_CARE, COORDINATION, ZA_ZYCIEM, SUPPORT_CATALOGUE -> ChildSupport.permission(kind, now);
            case CLOSE, MONITORING_ENTRY, END_MONITORING, REOPEN -> Closure.permission(kind, now);
        };
    }

    private Situation situation(Actor actor, LocalDate today, List<CaseGrant> grants) {
        if (!state.registered()) {
            throw new DomainRuleViolation("case.not-found");
        }
        return new Situation(state, state.team().withGrants(grants), actor, today);
    }

    public FamilyCase apply(FamilyCaseEvent event) {
        state = state.evolve(event);
        return this;
    }

    public FamilyCaseState state() {
        return state;
    }

    /**
     * Whether the actor works on this case as its assigned assistant, its social worker or the head of its
     * centre; the consent ledger and referrals are theirs to keep.
     */
    public boolean caseTeam(Actor actor) {
        return state.registered() && state.team().worksOnCase(actor);
    }

    public CaseId caseId() {
        return state.caseId();
    }

    public CaseStatus status() {
        return state.status();
    }

    public UserId assistant() {
        return state.assistant();
    }

    public InstitutionId centre() {
        return state.centre();
    }

    public String familyName() {
        return state.familyName();
    }

    public int planVersion() {
        return state.planVersion();
    }

    /** The day the next periodic assessment is due, or {@code null} while no assistant works with the family. */
    public LocalDate nextAssessmentDue() {
        return state.nextAssessmentDue();
    }

    public LocalDate monitoringUntil() {
        return state.monitoringUntil();
    }
}
