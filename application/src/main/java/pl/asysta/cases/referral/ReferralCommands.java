package pl.asysta.cases.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.referral.ReferralCommand.AcceptReferral;
import pl.asysta.cases.referral.ReferralCommand.AnswerReferral;
import pl.asysta.cases.referral.ReferralCommand.DeclineReferral;
import pl.asysta.cases.referral.ReferralCommand.ReferCase;
import pl.asysta.cases.referral.domain.ReferralId;
import pl.asysta.eventstore.CommandSender;
import pl.asysta.eventstore.Created;
import pl.asysta.eventstore.Recorded;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.time.ClockConfiguration;

/**
 * Referrals (ADR 0011): the case team refers a case to an institution with a purpose, a question and a
 * deadline; the institution accepts or declines with a reason and answers. Each call waits until the events are
 * stored and returns them; refusals arrive as {@link DomainRuleViolation}s with translation keys
 * ({@code referral.not-found} for a referral that does not exist).
 */
@Service
public class ReferralCommands {

    private final CommandSender sender;
    private final InstitutionRegister institutions;
    private final AccessPolicy policy;
    private final Clock clock;

    /** The clock says what "today" is; the demo gmina hands in the day its story is acting on. */
    public ReferralCommands(CommandSender sender, InstitutionRegister institutions, AccessPolicy policy,
                            Clock clock) {
        this.sender = sender;
        this.institutions = institutions;
        this.policy = policy;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
    }

    public Created<ReferralId> refer(CaseId caseId, InstitutionId institution, DataCategory category,
                                     String purpose, String question, LocalDate deadline, Actor actor) {
        if (institution != null && institutions.find(institution).isEmpty()) {
            throw new DomainRuleViolation("sharing.institution-unknown");
        }
        ReferralId referralId = new ReferralId(UUID.randomUUID().toString());
        return new Created<>(referralId, send(new ReferCase(referralId, caseId, institution, category, purpose,
                question, deadline, actor, today())));
    }

    public Recorded accept(ReferralId referralId, Actor actor) {
        return send(new AcceptReferral(referralId, actor, today()));
    }

    public Recorded decline(ReferralId referralId, String reason, Actor actor) {
        return send(new DeclineReferral(referralId, reason, actor, today()));
    }

    public Recorded answer(ReferralId referralId, String answer, LocalDate answeredOn, Actor actor) {
        return send(new AnswerReferral(referralId, answer, answeredOn, actor, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A referral that does not exist is not found; one of a case the actor may not see is as if none were. */
    private Recorded send(ReferralCommand command) {
        return sender.send(command, refusal -> {
            if (command instanceof ReferCase refer) {
                return policy.asSeenBy(refer.actor(), refer.caseId(), refusal);
            }
            return refusal instanceof DomainRuleViolation violation
                    && violation.messageKey().equals("case.not-found")
                    ? new DomainRuleViolation("referral.not-found") : refusal;
        });
    }
}
