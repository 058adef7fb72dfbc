/**
 * The demo gmina Przykładowo: a year of family cases seeded through the same commands people use, so that every
 * screen of a demo installation has something real to show (ADR 0008).
 */
package pl.asysta.demo;
