/** The names of the institutions people belong to, as the portal shows them. */
package pl.asysta.institutions.ui;
