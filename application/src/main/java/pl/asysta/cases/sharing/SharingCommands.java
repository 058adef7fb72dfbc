package pl.asysta.cases.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.sharing.SharingLedgerCommand.GrantAccess;
import pl.asysta.cases.sharing.SharingLedgerCommand.RecordSharingConsent;
import pl.asysta.cases.sharing.SharingLedgerCommand.RevokeAccess;
import pl.asysta.cases.sharing.SharingLedgerCommand.WithdrawSharingConsent;
import pl.asysta.cases.sharing.domain.ConsentId;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.sharing.domain.GrantId;
import pl.asysta.cases.sharing.domain.SharingLedgerId;
import pl.asysta.eventstore.CommandSender;
import pl.asysta.eventstore.Created;
import pl.asysta.eventstore.Recorded;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.time.ClockConfiguration;

/**
 * What the case team does in a case's consent ledger (ADR 0011): record a family member's consent to share, grant
 * access on a court order or a statute, withdraw a consent, revoke a grant. Each call waits until the events are
 * stored and returns them; refusals arrive as {@link DomainRuleViolation}s with translation keys
 * ({@link CommandSender}).
 * Whether the actor is on the case team is asked of the case itself in the same unit of work.
 */
@Service
public class SharingCommands {

    private final CommandSender sender;
    private final InstitutionRegister institutions;
    private final AccessPolicy policy;
    private final Clock clock;

    /** The clock says what "today" is; the demo gmina hands in the day its story is acting on. */
    public SharingCommands(CommandSender sender, InstitutionRegister institutions, AccessPolicy policy,
                           Clock clock) {
        this.sender = sender;
        this.institutions = institutions;
        this.policy = policy;
        this.clock = clock.withZone(ClockConfiguration.CENTRE_ZONE);
    }

    /** Records the consent and the grant it gives; returns the consent's id. */
    public Created<ConsentId> recordConsent(CaseId caseId, String person, InstitutionId institution,
                                            Set<DataCategory> categories, String purpose, LocalDate givenOn,
                                            LocalDate validUntil, String formReference, Actor actor) {
        ConsentId consentId = new ConsentId(UUID.randomUUID().toString());
        return new Created<>(consentId, send(new RecordSharingConsent(new SharingLedgerId(caseId), consentId,
                new GrantId(UUID.randomUUID().toString()), person, institution, kind(institution), categories,
                purpose, givenOn, validUntil, formReference, actor, today())));
    }

    /** Grants access on a court order or a statute; returns the grant's id. */
    public Created<GrantId> grantAccess(CaseId caseId, InstitutionId institution, Set<DataCategory> categories,
                                        String purpose, GrantBasis basis, String basisReference,
                                        LocalDate validUntil, Actor actor) {
        GrantId grantId = new GrantId(UUID.randomUUID().toString());
        return new Created<>(grantId, send(new GrantAccess(new SharingLedgerId(caseId), grantId, institution,
                kind(institution), categories, purpose, basis, basisReference, validUntil, actor, today())));
    }

    public Recorded withdrawConsent(CaseId caseId, ConsentId consentId, LocalDate withdrawnOn, String note,
                                    Actor actor) {
        return send(new WithdrawSharingConsent(new SharingLedgerId(caseId), consentId, withdrawnOn, note, actor,
                today()));
    }

    public Recorded revokeGrant(CaseId caseId, GrantId grantId, String note, Actor actor) {
        return send(new RevokeAccess(new SharingLedgerId(caseId), grantId, note, actor, today()));
    }

    private pl.asysta.shared.InstitutionKind kind(InstitutionId institution) {
        if (institution == null) {
            return null;
        }
        return institutions.find(institution).map(Institution::kind)
                .orElseThrow(() -> new DomainRuleViolation("sharing.institution-unknown"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Recorded send(SharingLedgerCommand command) {
        return sender.send(command, refusal -> policy.asSeenBy(command.actor(), command.caseId(), refusal));
    }
}
