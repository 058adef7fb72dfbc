/**
 * The screens of a case as it stood at a point of its history (ADR 0015): the page that shows one point or two
 * side by side, its pickers, the auditor's way to it from the start page, and the link to it from the case page
 * and from whatever records a position of the case.
 */
package pl.asysta.cases.history.ui;
