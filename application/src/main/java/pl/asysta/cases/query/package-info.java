/**
 * The read side of the family case: projections of the case events into plain tables, and
 * {@link pl.asysta.cases.query.CaseQueries}, which answers the screens with immutable records scoped by the
 * access policy. A case's content is read through a {@link pl.asysta.cases.query.CaseFile}, made only after the
 * opening is recorded in the access log.
 */
package pl.asysta.cases.query;
