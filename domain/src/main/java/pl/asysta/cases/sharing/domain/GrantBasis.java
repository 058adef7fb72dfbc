package pl.asysta.cases.sharing.domain;

import pl.asysta.shared.InstitutionKind;

/** What a grant of access rests on (ADR 0011; docs/access-matrix.md, "Grants and their expiry"). */
public enum GrantBasis {
    /** A family member's consent, recorded in the consent ledger; withdrawing it revokes the grant. */
    FAMILY_CONSENT(null),
    /** A family court's order; the reference is the court file's. */
    COURT_ORDER(null),
    /** The Niebieska Karta procedure (ustawa o przeciwdziałaniu przemocy domowej): the interdisciplinary team. */
    NIEBIESKA_KARTA(InstitutionKind.INTERDISCIPLINARY_TEAM),
    /** Foster care of a child of the family (uwr art. 76): the PCPR's coordinator. */
    FOSTER_CARE(InstitutionKind.FAMILY_SUPPORT_CENTRE);

    private final InstitutionKind onlyFor;

    GrantBasis(InstitutionKind onlyFor) {
        this.onlyFor = onlyFor;
    }

    /** Whether a grant on this basis may name an institution of this kind. */
    public boolean mayName(InstitutionKind kind) {
        return onlyFor == null || onlyFor == kind;
    }
}
