package pl.asysta.cases.referral.domain;

import static pl.asysta.cases.familycase.domain.CaseRules.happenedNoLaterThanToday;
import static pl.asysta.cases.familycase.domain.CaseRules.required;

import java.time.LocalDate;
import java.util.List;

import pl.asysta.cases.referral.domain.ReferralEvent.CaseReferred;
import pl.asysta.cases.referral.domain.ReferralEvent.ReferralAccepted;
import pl.asysta.cases.referral.domain.ReferralEvent.ReferralAnswered;
import pl.asysta.cases.referral.domain.ReferralEvent.ReferralDeclined;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;

/**
 * A question the case team puts to another institution about a family (uwr art. 15 ust. 1 pkt 18: cooperation
 * with institutions), with a purpose and a deadline. The institution accepts or declines it with a reason, and
 * answers; the answer becomes part of the case in the referral's category.
 *
 * <p>Whether the referring actor belongs to the case team is the access policy's to check first; the referral
 * checks their role, and that only staff of the institution it was sent to reply to it.
 */
public final class Referral {

    /** The roles in which staff of another institution reply to referrals. */
    private static final List<Role> REPLYING_ROLES =
            List.of(Role.INSTITUTION_STAFF, Role.TEAM_MEMBER, Role.FOSTER_CARE_COORDINATOR);

    private ReferralId referralId;
    private CaseId caseId;
    private InstitutionId institution;
    private DataCategory category;
    private ReferralStatus status;

    public static Referral empty() {
        return new Referral();
    }

    public static List<ReferralEvent> refer(ReferralId referralId, CaseId caseId, InstitutionId institution,
                                            DataCategory category, String purpose, String question,
                                            LocalDate deadline, Actor actor, LocalDate today) {
        Author author = referring(actor);
        if (institution == null) {
            throw new DomainRuleViolation("referral.institution-missing");
        }
        if (actor.institutionId().equals(institution)) {
            throw new DomainRuleViolation("referral.to-own-institution");
        }
        if (category == null) {
            throw new DomainRuleViolation("referral.category-missing");
        }
        required(purpose, "purpose");
        required(question, "question");
        if (deadline == null || !deadline.isAfter(today)) {
            throw new DomainRuleViolation("referral.deadline-not-in-future");
        }
        return List.of(new CaseReferred(referralId, caseId, institution, category, purpose.strip(), question.strip(),
                deadline, today, author));
    }

    public List<ReferralEvent> accept(Actor actor, LocalDate today) {
        Author author = replying(actor);
        mustBe(ReferralStatus.OPEN, "referral.not-open");
        return List.of(new ReferralAccepted(referralId, caseId, category, today, author));
    }

    public List<ReferralEvent> decline(String reason, Actor actor, LocalDate today) {
        Author author = replying(actor);
        mustBe(ReferralStatus.OPEN, "referral.not-open");
        required(reason, "reason");
        return List.of(new ReferralDeclined(referralId, caseId, category, today, reason.strip(), author));
    }

    public List<ReferralEvent> answer(String answer, LocalDate answeredOn, Actor actor, LocalDate today) {
        Author author = replying(actor);
        mustBe(ReferralStatus.ACCEPTED, "referral.not-accepted");
        required(answer, "answer");
        happenedNoLaterThanToday(answeredOn, today);
        return List.of(new ReferralAnswered(referralId, caseId, category, answeredOn, answer.strip(), author));
    }

    public void apply(ReferralEvent event) {
        switch (event) {
            case CaseReferred e -> {
                referralId = e.referralId();
                caseId = e.caseId();
                institution = e.institution();
                category = e.category();
                status = ReferralStatus.OPEN;
            }
            case ReferralAccepted e -> status = ReferralStatus.ACCEPTED;
            case ReferralDeclined e -> status = ReferralStatus.DECLINED;
            case ReferralAnswered e -> status = ReferralStatus.ANSWERED;
        }
    }

    public ReferralStatus status() {
        return status;
    }

    /** A referral is overdue when its deadline has passed and the institution still owes an answer. */
    public static boolean overdue(ReferralStatus status, LocalDate deadline, LocalDate today) {
        return status.awaitsAnswer() && deadline.isBefore(today);
    }

    /** Due soon: the deadline is within the coming three days and no answer has come. */
    public static boolean dueSoon(ReferralStatus status, LocalDate deadline, LocalDate today) {
        return status.awaitsAnswer() && !deadline.isBefore(today) && !deadline.isAfter(today.plusDays(3));
    }

    private void mustBe(ReferralStatus expected, String refusal) {
        if (status != expected) {
            throw new DomainRuleViolation(refusal);
        }
    }

    private static Author referring(Actor actor) {
        for (Role role : List.of(Role.FAMILY_ASSISTANT, Role.SOCIAL_WORKER, Role.CENTRE_HEAD)) {
            if (actor.hasRole(role)) {
                return Author.of(actor, role);
            }
        }
        throw new DomainRuleViolation("case.role-not-allowed");
    }

    private Author replying(Actor actor) {
        if (!actor.institutionId().equals(institution)) {
            throw new DomainRuleViolation("referral.not-your-institution");
        }
        for (Role role : REPLYING_ROLES) {
            if (actor.hasRole(role)) {
                return Author.of(actor, role);
            }
        }
        throw new DomainRuleViolation("case.role-not-allowed");
    }
}
