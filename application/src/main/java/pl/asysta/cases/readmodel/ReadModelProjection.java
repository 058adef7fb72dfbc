package pl.asysta.cases.readmodel;

import java.util.List;

/**
 * A projection of the case read model's processor ({@link CaseProjectionRebuild#PROCESSING_GROUP}), naming the
 * tables it writes. A rebuild replays the event store into copies of exactly these tables and compares them with
 * the live ones (ADR 0016), so every event-handling bean of the processor implements this. Its handlers read and
 * write only tables of the read model, never configuration or the clock: the read model is a function of the
 * events alone, or a rebuild could not reproduce it.
 */
public interface ReadModelProjection {

    /**
     * A resource of the root unit of work that a rebuild, or a reading of a case as it stood, sets while it replays
     * events into empty copies of the tables, each event exactly once: writes may then load rows in bulk rather
     * than guard each against an event handled twice.
     */
    String REPLAY_INTO_EMPTY_TABLES = "pl.asysta.read-model.replay-into-empty-tables";

    /** The tables this projection writes; a table written by several projections is named by one of them. */
    List<String> tables();

    /**
     * The tables of {@link #tables} whose rows belong to one case, which a reading of a case as it stood replays
     * into copies of: all of them, unless some rows are another stream's (an assistant's caseload).
     */
    default List<String> caseTables() {
        return tables();
    }
}
