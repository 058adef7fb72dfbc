/**
 * The institution register: who the agencies around a family are, and what kind each is.
 */
package pl.asysta.institutions;
