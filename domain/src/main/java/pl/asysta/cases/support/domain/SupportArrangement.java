package pl.asysta.cases.support.domain;

import static pl.asysta.cases.familycase.domain.CaseRules.happenedNoLaterThanToday;
import static pl.asysta.cases.familycase.domain.CaseRules.required;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import pl.asysta.cases.familycase.domain.CaseStanding;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.support.domain.SupportArrangementEvent.HelpLogged;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementApproved;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementClaimed;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementCorrectionClaimed;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementRejected;
import pl.asysta.cases.support.domain.SupportArrangementEvent.SupportArrangementEnded;
import pl.asysta.cases.support.domain.SupportArrangementEvent.SupportArrangementRecorded;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;

/**
 * A household's support of one family under an agreement with the centre (uwr art. 29-31): the head of the
 * family's centre records the agreement (who supports whom, its reference, its period, which costs are
 * reimbursed up to which monthly limit) and may end it early; the household's own people log the help they gave
 * and claim their costs month by month; the head approves or rejects each claim. An approved month is frozen:
 * only a correction, itself a claim, changes what it costs.
 *
 * <p>To anyone but the household's people, an arrangement is answered as not found, so one supporting family
 * never learns of another's. Whether the head may see the case is the access policy's to ask first; the
 * arrangement checks that they are the head of the family's own centre.
 */
public final class SupportArrangement {

    private SupportArrangementId arrangementId;
    private CaseId caseId;
    private InstitutionId centre;
    private InstitutionId household;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate endedOn;
    private ReimbursementTerms terms;
    private final Map<LocalDate, Integer> minutesByDay = new HashMap<>();
    private final Map<ClaimId, Claim> claims = new LinkedHashMap<>();

    /** A claim or correction as the decisions need it. */
    private record Claim(YearMonth month, BigDecimal total, boolean correction, ClaimStatus status) {

        Claim decided(ClaimStatus decision) {
            return new Claim(month, total, correction, decision);
        }
    }

    public static SupportArrangement empty() {
        return new SupportArrangement();
    }

    // ---------------------------------------------------------------- the agreement (head of the centre)

    /**
     * The head of the family's centre records the agreement with a supporting-family household, for a family an
     * assistant works with (art. 29 ust. 1: the household helps in cooperation with the assistant).
     */
    public List<SupportArrangementEvent> record(SupportArrangementId id, CaseId caseId, CaseStanding standing,
                                                InstitutionId household, InstitutionKind householdKind,
                                                String householdName, String agreementReference,
                                                LocalDate startsOn, LocalDate endsOn, ReimbursementTerms terms,
                                                Actor actor, LocalDate today) {
        Author author = headOf(standing.centre(), actor);
        if (this.arrangementId != null) {
            throw new DomainRuleViolation("supporting.arrangement-exists");
        }
        if (standing.status() != CaseStatus.ACTIVE) {
            throw new DomainRuleViolation("case.not-active");
        }
        if (household == null) {
            throw new DomainRuleViolation("supporting.household-missing");
        }
        if (householdKind != InstitutionKind.SUPPORTING_FAMILY) {
            throw new DomainRuleViolation("supporting.not-a-supporting-family");
        }
        required(agreementReference, "agreementReference");
        SupportRules.periodRunsForward(startsOn, endsOn);
        ReimbursementTerms agreed = SupportRules.termsAreComplete(terms);
        return List.of(new SupportArrangementRecorded(id, caseId, standing.centre(), household,
                householdName == null || householdName.isBlank() ? household.value() : householdName.strip(),
                agreementReference.strip(), startsOn, endsOn, agreed, today, author));
    }

    /** The agreement ends before its last day (terminated by either side); what was logged stays. */
    public List<SupportArrangementEvent> end(LocalDate endedOn, String reason, Actor actor, LocalDate today) {
        Author author = headOf(centre, actor);
        if (this.endedOn != null) {
            throw new DomainRuleViolation("supporting.arrangement-ended");
        }
        happenedNoLaterThanToday(endedOn, today);
        if (endedOn.isBefore(startsOn) || endedOn.isAfter(endsOn)) {
            throw new DomainRuleViolation("supporting.outside-arrangement", startsOn, endsOn);
        }
        required(reason, "reason");
        return List.of(new SupportArrangementEnded(arrangementId, caseId, endedOn, reason.strip(), author));
    }

    // ---------------------------------------------------------------- the help log (the household)

    public List<SupportArrangementEvent> logHelp(String entryId, LocalDate helpedOn, int minutes, HelpKind kind,
                                                 String note, Actor actor, LocalDate today) {
        Author author = householdMember(actor);
        happenedNoLaterThanToday(helpedOn, today);
        SupportRules.helpWithinArrangement(helpedOn, startsOn, lastDay());
        if (kind == null) {
            throw new DomainRuleViolation("supporting.help-kind-missing");
        }
        SupportRules.helpTakesSensibleTime(minutes, minutesByDay.getOrDefault(helpedOn, 0));
        required(note, "note");
        return List.of(new HelpLogged(arrangementId, caseId, entryId, helpedOn, minutes, kind, note.strip(), author));
    }

    // ---------------------------------------------------------------- reimbursement (the household, the head)

    /**
     * The household claims the costs of a month: only one claim of a month waits for a decision at a time, and a
     * month once approved is changed only by a correction.
     */
    public List<SupportArrangementEvent> claim(ClaimId claimId, YearMonth month, List<ClaimLine> lines,
                                               List<Receipt> receipts, String note, Actor actor, LocalDate today) {
        Author author = householdMember(actor);
        SupportRules.monthClaimable(month, startsOn, lastDay(), today);
        noClaimWaiting(month);
        if (approvedClaim(month).isPresent()) {
            throw new DomainRuleViolation("supporting.month-approved");
        }
        List<ClaimLine> claimed = SupportRules.linesCoveredByTheAgreement(lines, terms, false);
        BigDecimal total = SupportRules.sum(claimed);
        SupportRules.monthWithinLimit(total, terms.monthlyLimit());
        List<Receipt> attached = receipts == null ? List.of() : List.copyOf(receipts);
        SupportRules.receiptsWithinCount(attached);
        return List.of(new ReimbursementClaimed(arrangementId, caseId, claimId, month, claimed, total, attached,
                blankToNull(note), today, author));
    }

    /**
     * A correction of an approved month: what it adds or takes back, counted against the month's limit together
     * with everything approved for the month; the month may not end below zero.
     */
    public List<SupportArrangementEvent> correct(ClaimId claimId, YearMonth month, List<ClaimLine> lines,
                                                 List<Receipt> receipts, String note, Actor actor, LocalDate today) {
        Author author = householdMember(actor);
        SupportRules.monthClaimable(month, startsOn, lastDay(), today);
        noClaimWaiting(month);
        ClaimId corrected = approvedClaim(month)
                .orElseThrow(() -> new DomainRuleViolation("supporting.nothing-to-correct"));
        List<ClaimLine> claimed = SupportRules.linesCoveredByTheAgreement(lines, terms, true);
        BigDecimal total = SupportRules.sum(claimed);
        BigDecimal monthTotal = approvedTotal(month).add(total);
        SupportRules.monthWithinLimit(monthTotal, terms.monthlyLimit());
        SupportRules.monthNotBelowZero(monthTotal);
        required(note, "note");
        List<Receipt> attached = receipts == null ? List.of() : List.copyOf(receipts);
        SupportRules.receiptsWithinCount(attached);
        return List.of(new ReimbursementCorrectionClaimed(arrangementId, caseId, claimId, month, corrected, claimed,
                total, attached, note.strip(), today, author));
    }

    public List<SupportArrangementEvent> approve(ClaimId claimId, Actor actor, LocalDate today) {
        Author author = headOf(centre, actor);
        Claim claim = waitingClaim(claimId);
        return List.of(new ReimbursementApproved(arrangementId, caseId, claimId, claim.month(), claim.total(), today,
                author));
    }

    public List<SupportArrangementEvent> reject(ClaimId claimId, String reason, Actor actor, LocalDate today) {
        Author author = headOf(centre, actor);
        Claim claim = waitingClaim(claimId);
        required(reason, "reason");
        return List.of(new ReimbursementRejected(arrangementId, caseId, claimId, claim.month(), claim.total(),
                reason.strip(), today, author));
    }

    // ---------------------------------------------------------------- state

    public SupportArrangement apply(SupportArrangementEvent event) {
        switch (event) {
            case SupportArrangementRecorded e -> {
                arrangementId = e.arrangementId();
                caseId = e.caseId();
                centre = e.centre();
                household = e.household();
                startsOn = e.startsOn();
                endsOn = e.endsOn();
                terms = e.terms();
            }
            case SupportArrangementEnded e -> endedOn = e.endedOn();
            case HelpLogged e -> minutesByDay.merge(e.helpedOn(), e.minutes(), Integer::sum);
            case ReimbursementClaimed e ->
                    claims.put(e.claimId(), new Claim(e.month(), e.total(), false, ClaimStatus.SUBMITTED));
            case ReimbursementCorrectionClaimed e ->
                    claims.put(e.claimId(), new Claim(e.month(), e.total(), true, ClaimStatus.SUBMITTED));
            case ReimbursementApproved e -> claims.computeIfPresent(e.claimId(),
                    (id, claim) -> claim.decided(ClaimStatus.APPROVED));
            case ReimbursementRejected e -> claims.computeIfPresent(e.claimId(),
                    (id, claim) -> claim.decided(ClaimStatus.REJECTED));
        }
        return this;
    }

    public SupportArrangementId arrangementId() {
        return arrangementId;
    }

    public InstitutionId household() {
        return household;
    }

    /** The last day help may be logged: the agreement's last day, or the day it ended early. */
    public LocalDate lastDay() {
        return endedOn != null && endedOn.isBefore(endsOn) ? endedOn : endsOn;
    }

    /** What the centre has approved for the month, corrections included. */
    public BigDecimal approvedTotal(YearMonth month) {
        return claims.values().stream()
                .filter(claim -> claim.month().equals(month) && claim.status() == ClaimStatus.APPROVED)
                .map(Claim::total)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    // ---------------------------------------------------------------- who may decide

    /** The household's own people; to anyone else the arrangement does not exist. */
    private Author householdMember(Actor actor) {
        if (!actor.hasRole(Role.SUPPORTING_FAMILY) || !actor.institutionId().equals(household)) {
            throw new DomainRuleViolation("supporting.arrangement-not-found");
        }
        return Author.of(actor, Role.SUPPORTING_FAMILY);
    }

    /** The head of the family's centre: the one who signs the agreement and pays the costs. */
    private static Author headOf(InstitutionId centre, Actor actor) {
        if (!actor.hasRole(Role.CENTRE_HEAD) || !actor.institutionId().equals(centre)) {
            throw new DomainRuleViolation("case.role-not-allowed");
        }
        return Author.of(actor, Role.CENTRE_HEAD);
    }

    private void noClaimWaiting(YearMonth month) {
        boolean waiting = claims.values().stream()
                .anyMatch(claim -> claim.month().equals(month) && claim.status() == ClaimStatus.SUBMITTED);
        if (waiting) {
            throw new DomainRuleViolation("supporting.claim-waiting");
        }
    }

    private Optional<ClaimId> approvedClaim(YearMonth month) {
        return claims.entrySet().stream()
                .filter(entry -> entry.getValue().month().equals(month) && !entry.getValue().correction()
                        && entry.getValue().status() == ClaimStatus.APPROVED)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private Claim waitingClaim(ClaimId claimId) {
        Claim claim = claims.get(Objects.requireNonNull(claimId, "claim id"));
        if (claim == null) {
            throw new DomainRuleViolation("supporting.claim-not-found");
        }
        if (claim.status() != ClaimStatus.SUBMITTED) {
            throw new DomainRuleViolation("supporting.claim-decided");
        }
        return claim;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
