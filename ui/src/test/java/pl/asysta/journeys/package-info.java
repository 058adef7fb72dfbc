/**
 * Browser journeys: Chromium signs in through a real Keycloak (or the demo form) to the portal running in Vaadin
 * production mode, walks each role's start, checks what the role must and must not see, scans every page with
 * axe-core, and signs out. Run by failsafe ({@code *IT}) in {@code ./mvnw verify}; see ADR 0007.
 */
package pl.asysta.journeys;
