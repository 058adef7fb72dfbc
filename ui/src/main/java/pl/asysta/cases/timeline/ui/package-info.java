/**
 * The screens of the case's shared chronology: the timeline of the case page, filtered and loaded page by page,
 * which a court opinion is also written beside.
 */
package pl.asysta.cases.timeline.ui;
