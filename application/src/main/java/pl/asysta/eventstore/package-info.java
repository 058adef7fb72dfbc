/**
 * The PostgreSQL event store: Axon's JPA storage engine with appends serialised so that global order equals
 * commit order (ADR 0002), binary payloads in {@code bytea}, and a schema owned by Flyway that refuses to
 * rewrite history; and its rows read with plain JDBC ({@link pl.asysta.eventstore.StoredEventRows}) for the
 * readers that replay many events at once.
 */
package pl.asysta.eventstore;
