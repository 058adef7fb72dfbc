package pl.asysta.cases.court.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.CourtDecisionRecorded;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionDelivered;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionDraftSaved;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionRequestWithdrawn;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionRequested;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionReturned;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionSubmitted;
import pl.asysta.cases.familycase.domain.CaseOnFile;
import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;

/**
 * A family court's request for an opinion on a family and its members (uwr art. 15 ust. 1 pkt 17): the court
 * asks its questions by a deadline; the assistant who works with the family drafts the opinion in its sections
 * and submits it; the head of the centre returns it with comments or approves it, and approval delivers it to
 * the court as a document. The court may withdraw a request it no longer needs, and records on the case the
 * decisions it takes in the proceedings.
 *
 * <p>Who drafts and who approves is decided against the case as it is now ({@link CaseOnFile}), which the
 * adapter reads from the case itself in the same unit of work; the court's staff act only on their own court's
 * requests.
 */
public final class CourtOpinionRequest {

    /** A request is flagged to the assistant, the head and the court this many days before its deadline. */
    public static final int DUE_SOON_DAYS = 7;

    private OpinionRequestId requestId;
    private CaseId caseId;
    private InstitutionId court;
    private CourtReference reference;
    private String questions;
    private LocalDate deadline;
    private LocalDate requestedOn;
    private OpinionStatus status;
    private OpinionText draft = OpinionText.EMPTY;
    private Author author;
    private CasePosition provenance;

    public static CourtOpinionRequest empty() {
        return new CourtOpinionRequest();
    }

    // ---------------------------------------------------------------- the court asks

    /**
     * Checks what a request says before anything else happens (the family is looked up only for a request that
     * could be made): the court's staff ask, name the proceedings by a reference of the usual shape, put their
     * questions and give a deadline after today. Returns the parsed reference.
     */
    public static CourtReference checkRequest(String reference, String questions, LocalDate deadline, Actor actor,
                                              LocalDate today) {
        courtStaff(actor);
        CourtReference parsed = CourtReference.parse(reference);
        if (questions == null || questions.isBlank()) {
            throw new DomainRuleViolation("opinion.questions-missing");
        }
        deadlineLiesAheadOfToday(deadline, today);
        return parsed;
    }

    public static List<CourtOpinionRequestEvent> request(OpinionRequestId requestId, CaseId caseId, String reference,
                                                         String questions, LocalDate deadline, Actor actor,
                                                         LocalDate today) {
        CourtReference parsed = checkRequest(reference, questions, deadline, actor, today);
        return List.of(new OpinionRequested(requestId, caseId, actor.institutionId(), parsed, questions.strip(),
                deadline, today, courtStaff(actor)));
    }

    /** A deadline that has passed, or falls today, leaves the centre no time to write: it is refused. */
    public static void deadlineLiesAheadOfToday(LocalDate deadline, LocalDate today) {
        if (deadline == null || !deadline.isAfter(today)) {
            throw new DomainRuleViolation("opinion.deadline-not-in-future");
        }
    }

    // ---------------------------------------------------------------- the centre answers

    /** The drafter keeps a draft; a half-written one is fine, an empty one is nothing to keep. */
    public List<CourtOpinionRequestEvent> saveDraft(OpinionText text, CaseOnFile onFile, Actor actor) {
        Author drafter = drafter(actor, onFile);
        mustBeOpenForDrafting();
        if (text == null || text.isEmpty()) {
            throw new DomainRuleViolation("opinion.draft-empty");
        }
        return List.of(new OpinionDraftSaved(requestId, caseId, text, drafter));
    }

    /**
     * The drafter hands the opinion to the head, every section written. The submission records the position
     * of the case file the opinion was written against, so the court can later be shown the file as it stood.
     */
    public List<CourtOpinionRequestEvent> submit(OpinionText text, CaseOnFile onFile, CasePosition position,
                                                 Actor actor) {
        Author drafter = drafter(actor, onFile);
        mustBeOpenForDrafting();
        if (text == null || text.isEmpty()) {
            throw new DomainRuleViolation("opinion.draft-empty");
        }
        if (!text.missing().isEmpty()) {
            throw new DomainRuleViolation("opinion.sections-incomplete");
        }
        Objects.requireNonNull(position, "position");
        return List.of(new OpinionSubmitted(requestId, caseId, text, position.position(), position.asOf(), drafter));
    }

    public List<CourtOpinionRequestEvent> returnForChanges(String comments, CaseOnFile onFile, Actor actor) {
        Author head = headOfTheCentre(actor, onFile);
        mustAwaitApproval();
        if (comments == null || comments.isBlank()) {
            throw new DomainRuleViolation("opinion.return-comments-missing");
        }
        return List.of(new OpinionReturned(requestId, caseId, comments.strip(), head));
    }

    /**
     * The head approves the submitted opinion; {@code delivery} makes and keeps its document, and the delivery
     * records the document's SHA-256. An opinion is delivered once.
     */
    public List<CourtOpinionRequestEvent> approve(CaseOnFile onFile, Actor actor, Instant at,
                                                  OpinionDelivery delivery) {
        Author head = headOfTheCentre(actor, onFile);
        mustAwaitApproval();
        Objects.requireNonNull(at, "delivery time");
        DeliverableOpinion opinion = new DeliverableOpinion(requestId, caseId, onFile.familyName(), court, reference,
                questions, deadline, requestedOn, draft, author, head, at, provenance);
        String sha256 = delivery.deliver(opinion);
        return List.of(new OpinionDelivered(requestId, caseId, at, sha256, head));
    }

    // ---------------------------------------------------------------- the court, later

    public List<CourtOpinionRequestEvent> withdraw(String reason, Actor actor, LocalDate today) {
        Author staff = ofTheRequestingCourt(actor);
        if (status == OpinionStatus.DELIVERED) {
            throw new DomainRuleViolation("opinion.already-delivered");
        }
        if (status == OpinionStatus.WITHDRAWN) {
            throw new DomainRuleViolation("opinion.withdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("opinion.withdrawal-reason-missing");
        }
        return List.of(new OpinionRequestWithdrawn(requestId, caseId, reason.strip(), today, staff));
    }

    /**
     * The court records a decision it took on the family, in whatever state the opinion is: it lands on the
     * case's timeline. Recording it changes nothing else: a court order as the legal basis of the centre's work
     * is the centre's to record on the case.
     */
    public List<CourtOpinionRequestEvent> recordDecision(CourtDecisionId decisionId, CourtDecisionKind kind,
                                                         LocalDate decidedOn, String decisionReference,
                                                         String summary, Actor actor, LocalDate today) {
        Author staff = ofTheRequestingCourt(actor);
        if (kind == null) {
            throw new DomainRuleViolation("court.decision-kind-missing");
        }
        CaseRules.happenedNoLaterThanToday(decidedOn, today);
        CourtReference parsed = decisionReference == null || decisionReference.isBlank() ? reference
                : CourtReference.parse(decisionReference);
        if (summary == null || summary.isBlank()) {
            throw new DomainRuleViolation("court.decision-summary-missing");
        }
        return List.of(new CourtDecisionRecorded(requestId, caseId, decisionId, kind, decidedOn, parsed,
                summary.strip(), staff));
    }

    // ---------------------------------------------------------------- state

    public CourtOpinionRequest apply(CourtOpinionRequestEvent event) {
        switch (event) {
            case OpinionRequested e -> {
                requestId = e.requestId();
                caseId = e.caseId();
                court = e.court();
                reference = e.reference();
                questions = e.questions();
                deadline = e.deadline();
                requestedOn = e.requestedOn();
                status = OpinionStatus.REQUESTED;
            }
            case OpinionDraftSaved e -> {
                draft = e.text();
                status = status == OpinionStatus.RETURNED ? OpinionStatus.RETURNED : OpinionStatus.DRAFTING;
            }
            case OpinionSubmitted e -> {
                draft = e.text();
                author = e.recordedBy();
                provenance = new CasePosition(e.casePosition(), e.caseAsOf());
                status = OpinionStatus.SUBMITTED;
            }
            case OpinionReturned e -> status = OpinionStatus.RETURNED;
            case OpinionDelivered e -> status = OpinionStatus.DELIVERED;
            case OpinionRequestWithdrawn e -> status = OpinionStatus.WITHDRAWN;
            case CourtDecisionRecorded e -> { }
        }
        return this;
    }

    public OpinionStatus status() {
        return status;
    }

    public CaseId caseId() {
        return caseId;
    }

    public OpinionText draft() {
        return draft;
    }

    /** Overdue: the deadline has passed and the court still waits for the opinion. */
    public static boolean overdue(OpinionStatus status, LocalDate deadline, LocalDate today) {
        return status.awaitsDelivery() && deadline.isBefore(today);
    }

    /** Due soon: the deadline falls within the coming {@value #DUE_SOON_DAYS} days and nothing is delivered. */
    public static boolean dueSoon(OpinionStatus status, LocalDate deadline, LocalDate today) {
        return status.awaitsDelivery() && !deadline.isBefore(today) && !deadline.isAfter(today.plusDays(DUE_SOON_DAYS));
    }

    // ---------------------------------------------------------------- who may

    /**
     * The assistant who works with the family drafts the opinion; while no assistant does, the head of the
     * family's centre drafts it (or assigns one on the case first).
     */
    public static Author drafter(Actor actor, CaseOnFile onFile) {
        if (onFile.assistant() != null) {
            if (actor.hasRole(Role.FAMILY_ASSISTANT) && actor.userId().equals(onFile.assistant())) {
                return Author.of(actor, Role.FAMILY_ASSISTANT);
            }
        } else if (actor.hasRole(Role.CENTRE_HEAD) && actor.institutionId().equals(onFile.centre())) {
            return Author.of(actor, Role.CENTRE_HEAD);
        }
        throw new DomainRuleViolation("opinion.not-drafter");
    }

    /** The head of the family's centre approves opinions, or returns them (ADR 0012). */
    public static Author headOfTheCentre(Actor actor, CaseOnFile onFile) {
        if (actor.hasRole(Role.CENTRE_HEAD) && actor.institutionId().equals(onFile.centre())) {
            return Author.of(actor, Role.CENTRE_HEAD);
        }
        throw new DomainRuleViolation("opinion.head-approves");
    }

    private static Author courtStaff(Actor actor) {
        if (!actor.hasRole(Role.COURT_STAFF)) {
            throw new DomainRuleViolation("court.staff-only");
        }
        return Author.of(actor, Role.COURT_STAFF);
    }

    /** Court staff act only on their own court's requests. */
    private Author ofTheRequestingCourt(Actor actor) {
        Author staff = courtStaff(actor);
        if (!actor.institutionId().equals(court)) {
            throw new DomainRuleViolation("court.not-your-court");
        }
        return staff;
    }

    private void mustBeOpenForDrafting() {
        if (!status.openForDrafting()) {
            throw new DomainRuleViolation(switch (status) {
                case SUBMITTED -> "opinion.awaiting-approval";
                case DELIVERED -> "opinion.already-delivered";
                default -> "opinion.withdrawn";
            });
        }
    }

    private void mustAwaitApproval() {
        if (status != OpinionStatus.SUBMITTED) {
            throw new DomainRuleViolation(switch (status) {
                case DELIVERED -> "opinion.already-delivered";
                case WITHDRAWN -> "opinion.withdrawn";
                default -> "opinion.not-submitted";
            });
        }
    }
}
