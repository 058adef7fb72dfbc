package pl.asysta.cases.referral;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import pl.asysta.cases.referral.domain.ReferralId;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;

/** What people ask of a referral: the case team sends it, the institution it names replies. */
public sealed interface ReferralCommand {

    ReferralId referralId();

    Actor actor();

    LocalDate today();

    record ReferCase(@TargetAggregateIdentifier ReferralId referralId, CaseId caseId, InstitutionId institution,
                     DataCategory category, String purpose, String question, LocalDate deadline, Actor actor,
                     LocalDate today) implements ReferralCommand {
    }

    record AcceptReferral(@TargetAggregateIdentifier ReferralId referralId, Actor actor, LocalDate today)
            implements ReferralCommand {
    }

    record DeclineReferral(@TargetAggregateIdentifier ReferralId referralId, String reason, Actor actor,
                           LocalDate today) implements ReferralCommand {
    }

    record AnswerReferral(@TargetAggregateIdentifier ReferralId referralId, String answer, LocalDate answeredOn,
                          Actor actor, LocalDate today) implements ReferralCommand {
    }
}
