/**
 * The machinery every case feature's projection uses and no feature is above: the writes of a processing batch
 * ({@link pl.asysta.cases.readmodel.ProjectionWrites}) and the declared statements and rows they are made of
 * ({@link pl.asysta.cases.readmodel.ProjectionStatement}, {@link pl.asysta.cases.readmodel.ProjectionRows}), the
 * shared timeline's rows ({@link pl.asysta.cases.readmodel.TimelineEntries}), the processor of the case read
 * model and how far it has come ({@link pl.asysta.cases.readmodel.ReadModelProgress}), and the scratch copies of
 * its tables that a reading of the past replays into.
 */
package pl.asysta.cases.readmodel;
