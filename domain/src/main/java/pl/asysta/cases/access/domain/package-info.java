/**
 * The default access policy as one pure decision ({@link pl.asysta.cases.access.domain.AccessRules}): for an actor
 * and the facts of a case, the categories they may read and write, and on what basis.
 */
package pl.asysta.cases.access.domain;
