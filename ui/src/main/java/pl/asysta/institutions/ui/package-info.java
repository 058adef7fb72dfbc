/** The names of the institutions people belong to, as the portal shows them, and the choice of one in a dialog. */
package pl.asysta.institutions.ui;
