package pl.asysta.cases.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.referral.ReferralCommand.AcceptReferral;
import pl.asysta.cases.referral.ReferralCommand.AnswerReferral;
import pl.asysta.cases.referral.ReferralCommand.DeclineReferral;
import pl.asysta.cases.referral.ReferralCommand.ReferCase;
import pl.asysta.cases.referral.domain.ReferralId;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.time.ClockConfiguration;

/**
 * Referrals (issue 4): the case team refers a case to an institution with a purpose, a question and a
 * deadline; the institution accepts or declines with a reason and answers. Each call waits until the events are
 * stored; refusals arrive as {@link DomainRuleViolation}s with translation keys ({@code referral.not-found} for
 * a referral that does not exist).
 */
@Service
public class ReferralCommands {

    private final CommandGateway commandGateway;
    private final InstitutionRegister institutions;
    private final AccessPolicy policy;
    private final Clock clock;

    /** The clock says what "today" is; the demo gmina hands in the day its story is acting on. */
    public ReferralCommands(CommandGateway commandGateway, InstitutionRegister institutions, AccessPolicy policy,
                            Clock clock) {
        this.commandGateway = commandGateway;
        this.institutions = institutions;
        this.policy = policy;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
    }

    public ReferralId refer(CaseId caseId, InstitutionId institution, DataCategory category, String purpose,
                            String question, LocalDate deadline, Actor actor) {
        if (institution != null && institutions.find(institution).isEmpty()) {
            throw new DomainRuleViolation("sharing.institution-unknown");
        }
        ReferralId referralId = new ReferralId(UUID.randomUUID().toString());
        send(new ReferCase(referralId, caseId, institution, category, purpose, question, deadline, actor, today()));
        return referralId;
    }

    public void accept(ReferralId referralId, Actor actor) {
        send(new AcceptReferral(referralId, actor, today()));
    }

    public void decline(ReferralId referralId, String reason, Actor actor) {
        send(new DeclineReferral(referralId, reason, actor, today()));
    }

    public void answer(ReferralId referralId, String answer, LocalDate answeredOn, Actor actor) {
        send(new AnswerReferral(referralId, answer, answeredOn, actor, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void send(ReferralCommand command) {
        try {
            commandGateway.sendAndWait(command);
        } catch (RuntimeException failure) {
            RuntimeException seen = CaseCommands.asSeenByTheUser(failure);
            if (seen instanceof DomainRuleViolation violation && violation.messageKey().equals("case.not-found")
                    && !(command instanceof ReferCase)) {
                throw new DomainRuleViolation("referral.not-found");
            }
            throw command instanceof ReferCase refer ? policy.asSeenBy(refer.actor(), refer.caseId(), seen) : seen;
        }
    }
}
