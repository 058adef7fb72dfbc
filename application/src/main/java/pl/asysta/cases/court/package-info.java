/**
 * The court's opinion requests and decisions on a case: commands, the projection into the court's list, the
 * case team's lists and the case timeline, the delivered documents and the audited queries of each side.
 */
package pl.asysta.cases.court;
