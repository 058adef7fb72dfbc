/**
 * The auditor's event browser (ADR 0014): every stored event, filtered by case, type, author, institution and
 * period, with its payload as named fields, its global position and its link in the stream's hash chain. Only
 * auditors may read it, and every page they read is recorded in the access log.
 */
package pl.asysta.events;
