/**
 * Where the data lives: an embedded PostgreSQL 18 kept in the user's home when no
 * {@code spring.datasource.url} is configured, the configured server otherwise.
 */
package pl.asysta.database;
