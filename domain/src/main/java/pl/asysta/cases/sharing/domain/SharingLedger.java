package pl.asysta.cases.sharing.domain;

import static pl.asysta.cases.familycase.domain.CaseRules.happenedNoLaterThanToday;
import static pl.asysta.cases.familycase.domain.CaseRules.required;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pl.asysta.cases.sharing.domain.SharingLedgerEvent.AccessGranted;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent.AccessRevoked;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent.SharingConsentRecorded;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent.SharingConsentWithdrawn;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;

/**
 * The consent ledger of one family case and the grants of access that let other institutions see parts of it
 * (ADR 0011). The case team records what the family agreed to on paper; every consent becomes one grant
 * for the named institution, categories and period. A grant may also rest on a court order or a statute. Grants
 * end by themselves after their last day; withdrawing a consent revokes every grant resting on it at once.
 *
 * <p>Whether the actor belongs to the case team (its assistant, its social worker, the head of its centre) is
 * the access policy's to check before the ledger is asked; the ledger checks the role they act in.
 */
public final class SharingLedger {

    private CaseId caseId;
    private final Map<ConsentId, Boolean> consentsInForce = new HashMap<>();
    private final Map<GrantId, ConsentId> activeGrants = new HashMap<>();

    /** The ledger before its first event. */
    public static SharingLedger empty() {
        return new SharingLedger();
    }

    /**
     * Records a family member's consent (its paper form's reference) and grants the institution access to the
     * consented categories for the purpose, from the day it was given until {@code validUntil}.
     */
    public List<SharingLedgerEvent> recordConsent(CaseId caseId, ConsentId consentId, GrantId grantId,
                                                  String person, InstitutionId institution, InstitutionKind kind,
                                                  Set<DataCategory> categories, String purpose, LocalDate givenOn,
                                                  LocalDate validUntil, String formReference, Actor actor,
                                                  LocalDate today) {
        Author author = caseTeam(actor);
        required(person, "person");
        required(formReference, "formReference");
        checkGrant(institution, kind, categories, purpose, validUntil, today);
        if (kind == InstitutionKind.COURT) {
            throw new DomainRuleViolation("sharing.court-needs-no-consent");
        }
        happenedNoLaterThanToday(givenOn, today);
        if (consentsInForce.containsKey(consentId)) {
            throw new DomainRuleViolation("sharing.consent-already-recorded");
        }
        Set<DataCategory> granted = Set.copyOf(EnumSet.copyOf(categories));
        return List.of(
                new SharingConsentRecorded(caseId, consentId, person.strip(), institution, granted, purpose.strip(),
                        givenOn, validUntil, formReference.strip(), author),
                new AccessGranted(caseId, grantId, institution, granted, purpose.strip(), GrantBasis.FAMILY_CONSENT,
                        formReference.strip(), consentId, givenOn, validUntil, author));
    }

    /** Grants access on a court order or a statute; a consent's grant comes only with {@link #recordConsent}. */
    public List<SharingLedgerEvent> grant(CaseId caseId, GrantId grantId, InstitutionId institution,
                                          InstitutionKind kind, Set<DataCategory> categories, String purpose,
                                          GrantBasis basis, String basisReference, LocalDate validUntil, Actor actor,
                                          LocalDate today) {
        Author author = caseTeam(actor);
        if (basis == GrantBasis.FAMILY_CONSENT) {
            throw new DomainRuleViolation("sharing.consent-basis-needs-consent");
        }
        if (!basis.mayName(kind)) {
            throw new DomainRuleViolation("sharing.basis-not-for-institution");
        }
        required(basisReference, "basisReference");
        checkGrant(institution, kind, categories, purpose, validUntil, today);
        return List.of(new AccessGranted(caseId, grantId, institution, Set.copyOf(EnumSet.copyOf(categories)),
                purpose.strip(), basis, basisReference.strip(), null, today, validUntil, author));
    }

    /** The family member took the consent back: every grant resting on it ends at once. */
    public List<SharingLedgerEvent> withdrawConsent(ConsentId consentId, LocalDate withdrawnOn, String note,
                                                    Actor actor, LocalDate today) {
        Author author = caseTeam(actor);
        if (!Boolean.TRUE.equals(consentsInForce.get(consentId))) {
            throw new DomainRuleViolation("sharing.consent-not-in-force");
        }
        happenedNoLaterThanToday(withdrawnOn, today);
        List<SharingLedgerEvent> events = new ArrayList<>();
        events.add(new SharingConsentWithdrawn(caseId, consentId, withdrawnOn, note, author));
        activeGrants.entrySet().stream()
                .filter(grant -> consentId.equals(grant.getValue()))
                .map(Map.Entry::getKey)
                .sorted((a, b) -> a.value().compareTo(b.value()))
                .forEach(grantId -> events.add(new AccessRevoked(caseId, grantId, today,
                        RevocationReason.CONSENT_WITHDRAWN, note, author)));
        return events;
    }

    /** Ends a grant before its date. A consent's grant ends with the consent instead. */
    public List<SharingLedgerEvent> revoke(GrantId grantId, String note, Actor actor, LocalDate today) {
        Author author = caseTeam(actor);
        if (!activeGrants.containsKey(grantId)) {
            throw new DomainRuleViolation("sharing.grant-not-active");
        }
        if (activeGrants.get(grantId) != null) {
            throw new DomainRuleViolation("sharing.withdraw-the-consent");
        }
        required(note, "note");
        return List.of(new AccessRevoked(caseId, grantId, today, RevocationReason.REVOKED_BY_CASE_TEAM, note,
                author));
    }

    public void apply(SharingLedgerEvent event) {
        caseId = event.caseId();
        switch (event) {
            case SharingConsentRecorded e -> consentsInForce.put(e.consentId(), true);
            case SharingConsentWithdrawn e -> consentsInForce.put(e.consentId(), false);
            case AccessGranted e -> activeGrants.put(e.grantId(), e.consentId());
            case AccessRevoked e -> activeGrants.remove(e.grantId());
        }
    }

    /** Whether the grant was made and not revoked; its date is the reader's to compare with today. */
    public boolean grantNotRevoked(GrantId grantId) {
        return activeGrants.containsKey(grantId);
    }

    // ---------------------------------------------------------------- snapshot

    /** The ledger's state as plain data. */
    public record Snapshot(String caseId, Map<String, Boolean> consentsInForce, Map<String, String> activeGrants) {
    }

    public Snapshot snapshot() {
        Map<String, Boolean> consents = new HashMap<>();
        consentsInForce.forEach((id, inForce) -> consents.put(id.value(), inForce));
        Map<String, String> grants = new HashMap<>();
        activeGrants.forEach((id, consent) -> grants.put(id.value(), consent == null ? null : consent.value()));
        return new Snapshot(caseId == null ? null : caseId.value(), consents, grants);
    }

    public static SharingLedger fromSnapshot(Snapshot snapshot) {
        SharingLedger ledger = new SharingLedger();
        ledger.caseId = snapshot.caseId() == null ? null : new CaseId(snapshot.caseId());
        snapshot.consentsInForce().forEach((id, inForce) -> ledger.consentsInForce.put(new ConsentId(id), inForce));
        snapshot.activeGrants().forEach((id, consent) -> ledger.activeGrants.put(new GrantId(id),
                consent == null ? null : new ConsentId(consent)));
        return ledger;
    }

    // ---------------------------------------------------------------- rules

    private static void checkGrant(InstitutionId institution, InstitutionKind kind, Set<DataCategory> categories,
                                   String purpose, LocalDate validUntil, LocalDate today) {
        if (institution == null || kind == null) {
            throw new DomainRuleViolation("sharing.institution-missing");
        }
        if (kind == InstitutionKind.SOCIAL_WELFARE_CENTRE) {
            throw new DomainRuleViolation("sharing.centre-needs-no-grant");
        }
        if (categories == null || categories.isEmpty()) {
            throw new DomainRuleViolation("sharing.categories-missing");
        }
        required(purpose, "purpose");
        if (validUntil == null || !validUntil.isAfter(today)) {
            throw new DomainRuleViolation("sharing.until-not-in-future");
        }
    }

    /** The role in which a member of the case team acts on the ledger. */
    private static Author caseTeam(Actor actor) {
        for (Role role : List.of(Role.FAMILY_ASSISTANT, Role.SOCIAL_WORKER, Role.CENTRE_HEAD)) {
            if (actor.hasRole(role)) {
                return Author.of(actor, role);
            }
        }
        throw new DomainRuleViolation("case.role-not-allowed");
    }
}
