/**
 * The case file as it stood at a day or an event of its past, and two such points compared: the case's events
 * replayed through the live projections into scratch copies of the read model, read through the same queries as
 * the case page, and rolled back (ADR 0015).
 */
package pl.asysta.cases.history;
