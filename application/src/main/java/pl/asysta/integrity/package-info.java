/**
 * Tamper evidence for the case history (ADR 0014): the verifier that walks every stream's hash chain
 * and the access log's, the export of the chain heads for anchoring outside the database, the check of an
 * exported file against the chains, and the command line a nightly job runs.
 */
package pl.asysta.integrity;
