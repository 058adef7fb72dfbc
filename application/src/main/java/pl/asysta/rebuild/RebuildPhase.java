package pl.asysta.rebuild;

/** Where a rebuild is. */
public enum RebuildPhase {
    /** Copies of the read-model tables are being created. */
    PREPARING,
    /** The event store is being replayed into the copies. */
    REPLAYING,
    /** The copies and the live tables are being compared at the same event position. */
    COMPARING,
    /** Live rows that differ from the rebuilt ones are being replaced. */
    CORRECTING,
    /** Done; see the outcome. */
    FINISHED
}
