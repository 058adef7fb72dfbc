package pl.asysta.cases.referral;

import java.time.LocalDate;

import pl.asysta.cases.referral.domain.ReferralId;
import pl.asysta.cases.referral.domain.ReferralStatus;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;

/**
 * A referral as the case page and an institution's inbox show it. The family's name is the one piece of the case
 * an institution sees with a referral it holds no grant for.
 */
public record ReferralRow(ReferralId referralId, CaseId caseId, String familyName, InstitutionId institution,
                          DataCategory category, String purpose, String question, LocalDate deadline,
                          LocalDate referredOn, String referredBy, ReferralStatus status, LocalDate repliedOn,
                          String repliedBy, String declineReason, String answer, boolean overdue, boolean dueSoon) {
}
