/**
 * The family case under the Act on family support (uwr): intake, legal basis, assignment of an assistant, the
 * work plan, documentation of work, periodic assessment, foster care, "Za życiem" support, closure and
 * monitoring, and the assistant's caseload. Decisions return the events they make; only {@code apply} evolves
 * state.
 */
package pl.asysta.cases.familycase.domain;
