/**
 * Value types every feature shares: who acts ({@link pl.asysta.shared.Actor}), in which role and institution,
 * and the data categories that scope what they may see.
 */
package pl.asysta.shared;
