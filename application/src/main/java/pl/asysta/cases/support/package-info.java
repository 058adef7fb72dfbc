/**
 * The supporting family's use cases: the head of the centre records and ends arrangements and decides claims,
 * the household logs its help and claims its costs with receipt scans, and each reader sees only what the access
 * policy lets them, every read recorded first.
 */
package pl.asysta.cases.support;
