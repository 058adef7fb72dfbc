/**
 * The family case under the Act on family support (uwr): its steps from intake to monitoring, who may take each at
 * which stage, the decisions of each stage over the case's immutable state, and the assistant's caseload. Decisions
 * return the events they make; only {@code evolve} changes state.
 */
package pl.asysta.cases.familycase.domain;
