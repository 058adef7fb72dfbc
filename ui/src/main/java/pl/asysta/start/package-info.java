/**
 * The start pages that show several features' lists at once (the assistant's, the social worker's, the head's,
 * the coordinator's, the agencies', the auditor's and the administrator's), each role's entry in the menu, and
 * the root address that sends a signed-in person to the start page of their primary role. A start page of one
 * feature (the court's, the supporting family's) lives with that feature.
 */
package pl.asysta.start;
