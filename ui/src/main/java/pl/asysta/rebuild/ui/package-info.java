/**
 * The administrator's and the auditor's page that rebuilds the read models from the event history and shows,
 * table by table, whether they equal the live ones (ADR 0016).
 */
package pl.asysta.rebuild.ui;
