/**
 * The shared chronology of a case as the screens read it: one timeline that every feature's projection adds its
 * entries to, each tagged with its data category and its author's institution, filtered to what the reader may see.
 */
package pl.asysta.cases.timeline;
