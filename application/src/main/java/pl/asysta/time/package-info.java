/** The one clock the portal reads time from, so that no rule or event asks the machine for "now". */
package pl.asysta.time;
