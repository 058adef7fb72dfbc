package pl.asysta.cases.sharing;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import pl.asysta.cases.sharing.domain.ConsentId;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.sharing.domain.GrantId;
import pl.asysta.cases.sharing.domain.SharingLedgerId;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
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
