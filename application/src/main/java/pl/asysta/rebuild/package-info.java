/**
 * Rebuilding the case read model from the event store into copies of its tables while the live tables keep
 * serving, and proving that the rebuilt tables equal the live ones at the same event position (ADR 0016).
 */
package pl.asysta.rebuild;
