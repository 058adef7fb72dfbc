/**
 * The family case from intake to monitoring, and the assistants' caseloads: the aggregates that hold them, the
 * command facade screens call ({@link pl.asysta.cases.familycase.CaseCommands}), the projection into the case
 * read model and the queries of the case file and of each person's work lists. Other features ask a case's
 * present state through the ports here ({@link pl.asysta.cases.familycase.CaseTeams} and its siblings).
 */
package pl.asysta.cases.familycase;
