/**
 * Documents the portal hands out: PDF files with Polish text (an embedded Unicode font, never the standard 14
 * fonts, which cannot write "ą" or "ł") and the SHA-256 fingerprint that lets a reader prove later that a file
 * is the one delivered.
 */
package pl.asysta.documents;
