/**
 * The auditor's event browser: every stored event, filtered by case, type, author, institution and period, with
 * its payload as named fields, its global position and its link in the stream's hash chain.
 */
package pl.asysta.events.ui;
