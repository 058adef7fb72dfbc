/**
 * The write side of the family case: commands, the Axon aggregates that adapt the domain's {@code FamilyCase}
 * and {@code AssistantCaseload}, and the port that keeps the caseload cap in the same unit of work as the case.
 * Reached only through {@link pl.asysta.cases.CaseCommands}.
 */
package pl.asysta.cases.command;
