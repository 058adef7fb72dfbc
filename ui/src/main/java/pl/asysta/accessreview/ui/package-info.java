/**
 * The auditor's access review page (ADR 0017): the access log searched and flagged, the unusual patterns,
 * and the subject access report of a family member as PDF and CSV.
 */
package pl.asysta.accessreview.ui;
