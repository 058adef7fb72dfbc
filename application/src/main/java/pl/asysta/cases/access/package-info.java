/**
 * Who may read and write which part of a case, and the record of every read: the one
 * {@link pl.asysta.cases.access.AccessPolicy} every query and command asks, the same rule as SQL for lists
 * ({@link pl.asysta.cases.access.CaseScopes}), the {@link pl.asysta.cases.access.CaseFiles} that open a case file
 * only once the opening is recorded, and the tamper-evident {@link pl.asysta.cases.access.AccessLog}. The rules
 * themselves are the domain's ({@code access.domain}).
 */
package pl.asysta.cases.access;
