package pl.asysta.cases.command;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import pl.asysta.cases.CaseId;
import pl.asysta.cases.access.ConsentId;
import pl.asysta.cases.access.GrantBasis;
import pl.asysta.cases.access.GrantId;
import pl.asysta.cases.access.SharingLedgerId;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;

/**
 * What the case team asks of a case's consent ledger. The institution's kind is looked up at the edge, in the
 * institution register, so that the ledger can check which statutory basis may name it.
 */
public sealed interface SharingLedgerCommand {

    SharingLedgerId ledgerId();

    Actor actor();

    LocalDate today();

    default CaseId caseId() {
        return ledgerId().caseId();
    }

    record RecordSharingConsent(@TargetAggregateIdentifier SharingLedgerId ledgerId, ConsentId consentId,
                                GrantId grantId, String person, InstitutionId institution, InstitutionKind kind,
                                Set<DataCategory> categories, String purpose, LocalDate givenOn,
                                LocalDate validUntil, String formReference, Actor actor, LocalDate today)
            implements SharingLedgerCommand {
    }

    record GrantAccess(@TargetAggregateIdentifier SharingLedgerId ledgerId, GrantId grantId,
                       InstitutionId institution, InstitutionKind kind, Set<DataCategory> categories, String purpose,
                       GrantBasis basis, String basisReference, LocalDate validUntil, Actor actor, LocalDate today)
            implements SharingLedgerCommand {
    }

    record WithdrawSharingConsent(@TargetAggregateIdentifier SharingLedgerId ledgerId, ConsentId consentId,
                                  LocalDate withdrawnOn, String note, Actor actor, LocalDate today)
            implements SharingLedgerCommand {
    }

    record RevokeAccess(@TargetAggregateIdentifier SharingLedgerId ledgerId, GrantId grantId, String note,
                        Actor actor, LocalDate today) implements SharingLedgerCommand {
    }
}
