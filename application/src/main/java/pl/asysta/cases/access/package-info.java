/**
 * Who may see which part of a case, and the record of every read (issue 4, DESIGN section 3): the consent ledger
 * and its grants (commands, projection, queries), the one {@link pl.asysta.cases.access.AccessPolicy} every query
 * and command asks, and the tamper-evident {@link pl.asysta.cases.access.AccessLog}.
 */
package pl.asysta.cases.access;
