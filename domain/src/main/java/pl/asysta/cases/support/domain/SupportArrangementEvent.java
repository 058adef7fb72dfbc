package pl.asysta.cases.support.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;

/**
 * What happens under a supporting-family arrangement. The arrangement and the help logged belong to the case's
 * SUPPORT category, the claims and their decisions to FINANCE. Claims carry their receipts' names, types, sizes
 * and checksums, never their bytes. Persisted contract.
 */
public sealed interface SupportArrangementEvent {

    SupportArrangementId arrangementId();

    CaseId caseId();

    Author recordedBy();

    /** The head of the centre records the agreement with the household (uwr art. 30). */
    record SupportArrangementRecorded(SupportArrangementId arrangementId, CaseId caseId, InstitutionId centre,
                                      InstitutionId household, String householdName, String agreementReference,
                                      LocalDate startsOn, LocalDate endsOn, ReimbursementTerms terms,
                                      LocalDate recordedOn, Author recordedBy) implements SupportArrangementEvent {
    }

    /** The agreement ended before its last day; help after {@code endedOn} is not logged under it. */
    record SupportArrangementEnded(SupportArrangementId arrangementId, CaseId caseId, LocalDate endedOn,
                                   String reason, Author recordedBy) implements SupportArrangementEvent {
    }

    record HelpLogged(SupportArrangementId arrangementId, CaseId caseId, String entryId, LocalDate helpedOn,
                      int minutes, HelpKind kind, String note, Author recordedBy) implements SupportArrangementEvent {
    }

    /** The household claims its costs of one month. */
    record ReimbursementClaimed(SupportArrangementId arrangementId, CaseId caseId, ClaimId claimId, YearMonth month,
                                List<ClaimLine> lines, BigDecimal total, List<Receipt> receipts, String note,
                                LocalDate claimedOn, Author recordedBy) implements SupportArrangementEvent {
    }

    /**
     * A month already approved is never changed: a correction is a new claim that adds to it (a late receipt) or
     * takes from it (negative amounts), and is decided like any claim.
     */
    record ReimbursementCorrectionClaimed(SupportArrangementId arrangementId, CaseId caseId, ClaimId claimId,
                                          YearMonth month, ClaimId corrects, List<ClaimLine> lines,
                                          BigDecimal total, List<Receipt> receipts, String note,
                                          LocalDate claimedOn, Author recordedBy)
            implements SupportArrangementEvent {
    }

    record ReimbursementApproved(SupportArrangementId arrangementId, CaseId caseId, ClaimId claimId, YearMonth month,
                                 BigDecimal total, LocalDate approvedOn, Author recordedBy)
            implements SupportArrangementEvent {
    }

    record ReimbursementRejected(SupportArrangementId arrangementId, CaseId caseId, ClaimId claimId, YearMonth month,
                                 BigDecimal total, String reason, LocalDate rejectedOn, Author recordedBy)
            implements SupportArrangementEvent {
    }
}
