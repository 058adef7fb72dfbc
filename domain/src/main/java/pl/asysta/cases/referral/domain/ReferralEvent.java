package pl.asysta.cases.referral.domain;

import java.time.LocalDate;

import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;

/**
 * What happens to a referral. Every event carries the referral's category, so that the question, the
 * institution's reply and its answer land on the case timeline where the answer belongs. Persisted contract.
 */
public sealed interface ReferralEvent {

    ReferralId referralId();

    CaseId caseId();

    DataCategory category();

    Author recordedBy();

    record CaseReferred(ReferralId referralId, CaseId caseId, InstitutionId institution, DataCategory category,
                        String purpose, String question, LocalDate deadline, LocalDate referredOn, Author recordedBy)
            implements ReferralEvent {
    }

    record ReferralAccepted(ReferralId referralId, CaseId caseId, DataCategory category, LocalDate acceptedOn,
                            Author recordedBy) implements ReferralEvent {
    }

    record ReferralDeclined(ReferralId referralId, CaseId caseId, DataCategory category, LocalDate declinedOn,
                            String reason, Author recordedBy) implements ReferralEvent {
    }

    record ReferralAnswered(ReferralId referralId, CaseId caseId, DataCategory category, LocalDate answeredOn,
                            String answer, Author recordedBy) implements ReferralEvent {
    }
}
