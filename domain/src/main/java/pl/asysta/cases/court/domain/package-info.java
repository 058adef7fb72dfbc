/**
 * The family court's side of a case (uwr art. 15 ust. 1 pkt 17): requests for an opinion on the family, the
 * opinion drafted by the assistant and approved by the head of the centre, and the court's decisions.
 */
package pl.asysta.cases.court.domain;
