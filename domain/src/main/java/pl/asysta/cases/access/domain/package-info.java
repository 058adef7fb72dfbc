/**
 * Who works on a case ({@link pl.asysta.cases.access.domain.CaseTeam}) and the default access policy as one pure
 * decision ({@link pl.asysta.cases.access.domain.AccessRules}): for an actor and a case's team, the categories they
 * may read and write, and on what basis.
 */
package pl.asysta.cases.access.domain;
