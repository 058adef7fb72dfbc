/**
 * The consent ledger's screens: the case page's section of consents and grants with their dialogs, who opened the
 * case file, the assistant's alerts of openings from outside the case team, and the list of cases another
 * institution may open.
 */
package pl.asysta.cases.sharing.ui;
