/**
 * The PostgreSQL event store: Axon's JPA storage engine with appends serialised so that global order equals
 * commit order (ADR 0002), binary payloads in {@code bytea}, and a schema owned by Flyway that refuses to
 * rewrite history.
 */
package pl.asysta.eventstore;
