/**
 * The family case's screens: the intake form, the case page with its header, the steps the person may take and
 * their dialogs, the work plan, and the lists of families and the caseload chart the start pages show. The case
 * page knows the features above the family case only through the sections they contribute ({@link
 * pl.asysta.cases.familycase.ui.CaseSection}).
 */
package pl.asysta.cases.familycase.ui;
