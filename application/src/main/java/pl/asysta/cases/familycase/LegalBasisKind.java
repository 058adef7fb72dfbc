package pl.asysta.cases.familycase;

/**
 * On what ground the assistant works with the family now (uwr art. 8 ust. 3, Family Code art. 109): the
 * family's consent in force, a court order, both, or neither yet (or no longer).
 */
public enum LegalBasisKind {
    NONE,
    CONSENT,
    COURT_ORDER,
    CONSENT_AND_COURT_ORDER;

    static LegalBasisKind of(boolean consentInForce, boolean courtOrdered) {
        if (consentInForce && courtOrdered) {
            return CONSENT_AND_COURT_ORDER;
        }
        if (courtOrdered) {
            return COURT_ORDER;
        }
        return consentInForce ? CONSENT : NONE;
    }
}
