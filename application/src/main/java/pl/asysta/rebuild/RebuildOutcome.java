package pl.asysta.rebuild;

/** How a rebuild ended. */
public enum RebuildOutcome {
    /** Every rebuilt table equals its live table, row for row. */
    EQUAL,
    /** Some tables differed; the live rows were replaced by the rebuilt ones, which they now equal. */
    CORRECTED,
    /** Some tables differed and were left as they are, because another node processes the live read model. */
    DIFFERENT,
    /** The rebuild stopped on an error, which the outcome names. */
    FAILED
}
