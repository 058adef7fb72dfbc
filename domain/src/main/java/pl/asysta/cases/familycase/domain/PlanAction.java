package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;

/**
 * One action of the work plan (uwr art. 15 ust. 1 pkt 1, ust. 3): what is to be done, by whom, by when and with
 * which expected effect.
 */
public record PlanAction(String actionId, String description, ActionOwner owner, LocalDate deadline,
                         String expectedEffect) {
}
