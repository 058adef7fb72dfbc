/**
 * The family court's screens (ADR 0012): the opinion written beside the case's timeline with its downloads, the
 * court's own start page with its requests, dialogs and decisions, and the requests the case team sees.
 */
package pl.asysta.cases.court.ui;
