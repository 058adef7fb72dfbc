/**
 * The auditor's access review (ADR 0017): the access log searched by person, institution, case and
 * period, with unusual patterns flagged, and the subject access report of one family member (GDPR art. 15).
 * Auditors only; each review and report is itself recorded in the access log.
 */
package pl.asysta.accessreview;
