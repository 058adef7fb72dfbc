/**
 * Demo accounts, one per role, with a sign-in form: for a demo installation on the embedded database only, and
 * refused at start-up anywhere else.
 */
package pl.asysta.security.demo;
