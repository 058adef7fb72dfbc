/** What people are told when something goes wrong: translated sentences, never a stack trace. */
package pl.asysta.errors;
