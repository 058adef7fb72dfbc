package pl.asysta.cases.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import pl.asysta.cases.support.domain.ClaimId;
import pl.asysta.cases.support.domain.ClaimLine;
import pl.asysta.cases.support.domain.ClaimStatus;
import pl.asysta.cases.support.domain.Receipt;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.shared.CaseId;

/**
 * A reimbursement claim or correction as the household, the case page and the head's list show it, with its
 * lines, its receipts (names, types, sizes, checksums) and the decision once made.
 */
public record ClaimRow(ClaimId claimId, SupportArrangementId arrangementId, CaseId caseId, String familyName,
                       String householdName, YearMonth month, ClaimId corrects, List<ClaimLine> lines,
                       BigDecimal total, List<Receipt> receipts, String note, LocalDate claimedOn, String claimedBy,
                       ClaimStatus status, LocalDate decidedOn, String decidedBy, String rejectionReason) {

    public ClaimRow {
        lines = List.copyOf(lines);
        receipts = List.copyOf(receipts);
    }

    public boolean correction() {
        return corrects != null;
    }
}
