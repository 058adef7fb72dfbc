package pl.asysta.cases.court;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.court.CourtOpinionCommand.ApproveOpinion;
import pl.asysta.cases.court.CourtOpinionCommand.RecordCourtDecision;
import pl.asysta.cases.court.CourtOpinionCommand.RequestOpinion;
import pl.asysta.cases.court.CourtOpinionCommand.ReturnOpinion;
import pl.asysta.cases.court.CourtOpinionCommand.SaveOpinionDraft;
import pl.asysta.cases.court.CourtOpinionCommand.SubmitOpinion;
import pl.asysta.cases.court.CourtOpinionCommand.WithdrawOpinionRequest;
import pl.asysta.cases.court.domain.CourtDecisionId;
import pl.asysta.cases.court.domain.CourtDecisionKind;
import pl.asysta.cases.court.domain.CourtOpinionRequest;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent.OpinionRequested;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.eventstore.CommandSender;
import pl.asysta.eventstore.Created;
import pl.asysta.eventstore.Recorded;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;
import pl.asysta.time.ClockConfiguration;

/**
 * The court's opinion requests and decisions, and the centre's work on the opinions (ADR 0012). Each call waits
 * until the events are stored; refusals arrive as {@link DomainRuleViolation}s with translation keys. Someone
 * who is neither of the requesting court nor on the case's team learns no more than {@code opinion.not-found}.
 *
 * <p>The court does not see the centre's list of families. It names the family by a member's surname and date
 * of birth, which must match exactly one case of the chosen centre; anything else gets one neutral answer
 * ({@code court.family-not-matched}), and every attempt, matched or not, is recorded in the access log
 * ({@link AccessView#COURT_FAMILY_LOOKUP}, ADR 0012).
 */
@Service
public class OpinionCommands {

    private static final Set<String> REFUSALS_OF_WHO_ONE_IS = Set.of("opinion.not-drafter", "opinion.head-approves",
            "court.not-your-court", "court.staff-only", "case.role-not-allowed");

    private final CommandSender sender;
    private final AccessPolicy policy;
    private final AccessLog accessLog;
    private final InstitutionRegister institutions;
    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** The clock says what "today" and "now" are; the demo gmina hands in the moment its story is acting on. */
    public OpinionCommands(CommandSender sender, AccessPolicy policy, AccessLog accessLog,
                           InstitutionRegister institutions, EventStore eventStore, JdbcClient jdbc, Clock clock) {
        this.sender = sender;
        this.policy = policy;
        this.accessLog = accessLog;
        this.institutions = institutions;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
    }

    // ---------------------------------------------------------------- the court

    /**
     * The court asks the centre for an opinion on the family one of whose members has this surname and date of
     * birth. What the request says is checked first; then the family is looked up (and the lookup recorded).
     */
    public Created<OpinionRequestId> request(InstitutionId centre, String surname, LocalDate birthDate,
                                             String reference, String questions, LocalDate deadline, Actor actor) {
        return request(new OpinionRequestId(UUID.randomUUID().toString()), centre, surname, birthDate, reference,
                questions, deadline, actor);
    }

    /** A request under an id the caller chose, for the demo gmina whose ids must be known in advance. */
    public Created<OpinionRequestId> request(OpinionRequestId requestId, InstitutionId centre, String surname,
                                             LocalDate birthDate, String reference, String questions,
                                             LocalDate deadline, Actor actor) {
        CourtOpinionRequest.checkRequest(reference, questions, deadline, actor, today());
        if (institutions.find(actor.institutionId()).map(Institution::kind).orElse(null) != InstitutionKind.COURT) {
            throw new DomainRuleViolation("court.staff-only");
        }
        if (centre == null) {
            throw new DomainRuleViolation("court.centre-missing");
        }
        if (institutions.find(centre).map(Institution::kind).orElse(null) != InstitutionKind.SOCIAL_WELFARE_CENTRE) {
            throw new DomainRuleViolation("court.centre-unknown");
        }
        if (surname == null || surname.isBlank() || birthDate == null) {
            throw new DomainRuleViolation("court.family-missing");
        }
        CaseId caseId = matchFamily(centre, surname.strip(), birthDate, reference, actor);
        return new Created<>(requestId,
                send(new RequestOpinion(requestId, caseId, reference, questions, deadline, actor, today())));
    }

    public Recorded withdraw(OpinionRequestId requestId, String reason, Actor actor) {
        return send(new WithdrawOpinionRequest(requestId, reason, actor, today()));
    }

    /** The court records a decision on the family of one of its requests; it lands on the case's timeline. */
    public Created<CourtDecisionId> recordDecision(OpinionRequestId requestId, CourtDecisionKind kind,
                                                   LocalDate decidedOn, String reference, String summary,
                                                   Actor actor) {
        CourtDecisionId decisionId = new CourtDecisionId(UUID.randomUUID().toString());
        return new Created<>(decisionId, send(new RecordCourtDecision(requestId, decisionId, kind, decidedOn,
                reference, summary, actor, today())));
    }

    // ---------------------------------------------------------------- the centre

    public Recorded saveDraft(OpinionRequestId requestId, OpinionText text, Actor actor) {
        return send(new SaveOpinionDraft(requestId, text, actor));
    }

    /** Hands the opinion, every section written, to the head; records where the case file stands now. */
    public Recorded submit(OpinionRequestId requestId, OpinionText text, Actor actor) {
        return send(new SubmitOpinion(requestId, text, actor));
    }

    public Recorded returnForChanges(OpinionRequestId requestId, String comments, Actor actor) {
        return send(new ReturnOpinion(requestId, comments, actor));
    }

    /** Approves the submitted opinion, which delivers it to the court as a document, now. */
    public Recorded approve(OpinionRequestId requestId, Actor actor) {
        return send(new ApproveOpinion(requestId, actor, clock.instant()));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The one case of the centre with a member of this surname (in any letter case) and date of birth; closed
     * cases whose monitoring has ended are not looked at. The attempt is recorded whatever its outcome.
     */
    private CaseId matchFamily(InstitutionId centre, String surname, LocalDate birthDate, String reference,
                               Actor actor) {
        List<CaseId> matches = jdbc.sql("""
                        select m.case_id, m.last_name from case_member m
                        join case_summary s on s.case_id = m.case_id
                        where s.centre = :centre and m.birth_date = :born and s.status <> 'CLOSED'""")
                .param("centre", centre.value())
                .param("born", birthDate)
                .query((row, n) -> row.getString("last_name").strip().toLowerCase(Locale.ROOT)
                        .equals(surname.toLowerCase(Locale.ROOT)) ? new CaseId(row.getString("case_id")) : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        CaseId matched = matches.size() == 1 ? matches.getFirst() : null;
        accessLog.record(actor, AccessView.COURT_FAMILY_LOOKUP, matched == null ? List.of() : List.of(matched),
                matched == null ? Set.of() : Set.of(DataCategory.BASIC),
                "COURT_OPINION " + reference.strip() + "; " + centre.value() + "; " + surname + "; " + birthDate
                        + (matched == null ? "; no single match (" + matches.size() + ")" : "; matched"), null);
        if (matched == null) {
            throw new DomainRuleViolation("court.family-not-matched");
        }
        return matched;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Recorded send(CourtOpinionCommand command) {
        return sender.send(command, refusal -> asSeenBy(command, refusal));
    }

    /**
     * A refusal as the actor may learn it: a family not found for a court's request is "not matched", and a
     * request that does not exist, or that the actor neither made nor may see the case of, is not found.
     */
    private RuntimeException asSeenBy(CourtOpinionCommand command, RuntimeException refusal) {
        if (!(refusal instanceof DomainRuleViolation violation)) {
            return refusal;
        }
        if (command instanceof RequestOpinion) {
            return violation.messageKey().equals("case.not-found")
                    ? new DomainRuleViolation("court.family-not-matched") : violation;
        }
        if (violation.messageKey().equals("case.not-found") || REFUSALS_OF_WHO_ONE_IS.contains(
                violation.messageKey()) && !concerns(command.requestId(), command.actor())) {
            return new DomainRuleViolation("opinion.not-found");
        }
        return violation;
    }

    /**
     * Whether the actor is of the court that asked, or may see the case the request is about. The request's
     * first event says both, so the answer does not wait for the read side.
     */
    private boolean concerns(OpinionRequestId requestId, Actor actor) {
        return eventStore.readEvents(requestId.value()).asStream()
                .map(message -> message.getPayload())
                .filter(OpinionRequested.class::isInstance)
                .map(OpinionRequested.class::cast)
                .findFirst()
                .map(request -> actor.hasRole(Role.COURT_STAFF) && actor.institutionId().equals(request.court())
                        || policy.decide(request.caseId(), actor).seesCase())
                .orElse(false);
    }
}
