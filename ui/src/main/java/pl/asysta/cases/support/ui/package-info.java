/**
 * The supporting family's screens (ADR 0013): the case page's section of arrangements with the head's dialogs,
 * the household's own page with its forms for help and claims, and the head's list of claims to decide.
 */
package pl.asysta.cases.support.ui;
