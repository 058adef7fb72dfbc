/**
 * The family case page: its header, the shared timeline, the work plan with its versions, and one dialog for
 * each step the signed-in person may take on the case.
 */
package pl.asysta.caseview;
