/** Intake: the social worker registers a family and its members, which opens the family's case. */
package pl.asysta.intake;
