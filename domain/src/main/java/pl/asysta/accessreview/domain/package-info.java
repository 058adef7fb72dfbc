/**
 * The auditor's review of the access log (ADR 0017): who may review it, and the rules that flag a reading as worth
 * a second look (many files opened without a task on them in one day, reads outside working hours).
 */
package pl.asysta.accessreview.domain;
