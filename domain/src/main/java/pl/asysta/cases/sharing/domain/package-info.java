/**
 * The consent ledger of a case (uwr art. 8 ust. 3, GDPR art. 6 and 9): a family member's consent to share named
 * categories with an institution for a purpose until a day, and the grants of access resting on a consent, a
 * court order or a statute, which end by themselves or with the consent.
 */
package pl.asysta.cases.sharing.domain;
