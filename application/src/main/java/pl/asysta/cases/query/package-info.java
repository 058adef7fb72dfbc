/**
 * The read side of the family case: projections of the case events into plain tables, and
 * {@link pl.asysta.cases.query.CaseQueries}, which answers the screens with immutable records scoped to what
 * the signed-in actor may see.
 */
package pl.asysta.cases.query;
