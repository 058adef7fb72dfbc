/** The auditor's integrity check of the history's hash chains and the download of the chain heads (ADR 0014). */
package pl.asysta.integrity.ui;
