/**
 * The consent ledger of a case: consents to share named categories with an institution, and the grants of access
 * resting on a consent, a court order or a statute; its commands, its projection and its queries.
 */
package pl.asysta.cases.sharing;
