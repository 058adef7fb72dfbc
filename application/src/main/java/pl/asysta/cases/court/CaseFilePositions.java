package pl.asysta.cases.court;

import pl.asysta.cases.court.domain.CasePosition;
import pl.asysta.shared.CaseId;

/**
 * Where the case file stands in the event history now: the newest event of the streams that fill it (the
 * case's own, its consent ledger, its referrals and its court requests), with the moment it was recorded.
 */
@FunctionalInterface
public interface CaseFilePositions {

    CasePosition now(CaseId caseId);
}
