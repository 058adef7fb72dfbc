/**
 * The family case from intake to monitoring, and the assistants' caseloads: the aggregates that hold them, the
 * command facade screens call ({@link pl.asysta.cases.familycase.CaseCommands}: a step taken, the steps one may take
 * now), the projection into the case read model and the queries of the case file and of each person's work lists.
 * Other features ask a case's present state through the ports here ({@link pl.asysta.cases.familycase.CaseTeams}
 * and its siblings), all answered by the case's aggregate.
 */
package pl.asysta.cases.familycase;
