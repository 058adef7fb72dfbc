/**
 * What every form of the portal shares: dialogs and forms on the page that run one command and keep what was
 * typed when it is refused, field checks that say in the user's language what is wrong, localized date pickers
 * and labels for the domain's codes.
 */
package pl.asysta.forms;
