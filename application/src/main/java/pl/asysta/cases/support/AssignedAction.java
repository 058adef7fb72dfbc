package pl.asysta.cases.support;

import java.time.LocalDate;

import pl.asysta.cases.familycase.ActionStatus;

/** A plan action of the current work plan whose owner is the supporting family's household. */
public record AssignedAction(String actionId, String description, LocalDate deadline, String expectedEffect,
                             ActionStatus status) {
}
