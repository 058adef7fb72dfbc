/**
 * The family case under the Act on family support (uwr): intake, legal basis, assignment of an assistant, the
 * work plan, documentation of work, periodic assessment, foster care, "Za życiem" support, closure and
 * monitoring. Decisions return the events they make; {@link pl.asysta.cases.FamilyCase#apply} evolves state.
 */
package pl.asysta.cases;
