/**
 * What every form of the portal shares: dialogs and forms on the page that run one command, keep what was typed
 * when it is refused and hand the screen what the command stored, field checks that say in the user's language
 * what is wrong, localized date pickers, labels for the domain's codes and the sentence of an empty list.
 */
package pl.asysta.forms;
