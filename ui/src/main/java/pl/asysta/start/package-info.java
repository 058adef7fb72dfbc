/**
 * Each role's start page, and the root address that sends a signed-in person to the start page of their
 * primary role.
 */
package pl.asysta.start;
