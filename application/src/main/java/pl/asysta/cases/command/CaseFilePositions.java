package pl.asysta.cases.command;

import pl.asysta.cases.CaseId;
import pl.asysta.cases.court.CasePosition;

/**
 * Where the case file stands in the event history now: the newest event of the streams that fill it (the
 * case's own, its consent ledger, its referrals and its court requests), with the moment it was recorded.
 */
@FunctionalInterface
public interface CaseFilePositions {

    CasePosition now(CaseId caseId);
}
