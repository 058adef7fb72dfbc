package pl.asysta.cases.support;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import pl.asysta.cases.support.domain.ClaimId;
import pl.asysta.cases.support.domain.ClaimLine;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.Receipt;
import pl.asysta.cases.support.domain.ReimbursementTerms;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * What people ask of a supporting-family arrangement: the head of the centre records and ends it and decides the
 * claims; the household logs its help and claims its costs.
 */
public sealed interface SupportArrangementCommand {

    SupportArrangementId arrangementId();

    Actor actor();

    LocalDate today();

    record RecordSupportArrangement(@TargetAggregateIdentifier SupportArrangementId arrangementId, CaseId caseId,
                                    InstitutionId household, InstitutionKind householdKind, String householdName,
                                    String agreementReference, LocalDate startsOn, LocalDate endsOn,
                                    ReimbursementTerms terms, Actor actor, LocalDate today)
            implements SupportArrangementCommand {
    }

    record EndSupportArrangement(@TargetAggregateIdentifier SupportArrangementId arrangementId, LocalDate endedOn,
                                 String reason, Actor actor, LocalDate today) implements SupportArrangementCommand {
    }

    record LogHelp(@TargetAggregateIdentifier SupportArrangementId arrangementId, String entryId, LocalDate helpedOn,
                   int minutes, HelpKind kind, String note, Actor actor, LocalDate today)
            implements SupportArrangementCommand {
    }

    record ClaimReimbursement(@TargetAggregateIdentifier SupportArrangementId arrangementId, ClaimId claimId,
                              YearMonth month, List<ClaimLine> lines, List<Receipt> receipts, String note,
                              Actor actor, LocalDate today) implements SupportArrangementCommand {
    }

    record CorrectReimbursement(@TargetAggregateIdentifier SupportArrangementId arrangementId, ClaimId claimId,
                                YearMonth month, List<ClaimLine> lines, List<Receipt> receipts, String note,
                                Actor actor, LocalDate today) implements SupportArrangementCommand {
    }

    record ApproveReimbursement(@TargetAggregateIdentifier SupportArrangementId arrangementId, ClaimId claimId,
                                Actor actor, LocalDate today) implements SupportArrangementCommand {
    }

    record RejectReimbursement(@TargetAggregateIdentifier SupportArrangementId arrangementId, ClaimId claimId,
                               String reason, Actor actor, LocalDate today) implements SupportArrangementCommand {
    }
}
