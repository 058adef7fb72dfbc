package pl.asysta.cases.familycase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import pl.asysta.cases.familycase.domain.ActionOwner;

/**
 * One version of the family work plan (uwr art. 15 ust. 1 pkt 1, ust. 3) as adopted; a later version never
 * changes it. Action statuses are the actions' current ones, since an action keeps its identity across versions.
 */
public record PlanVersionDetails(int version,
                                 String goals,
                                 LocalDate adoptedOn,
                                 Instant recordedAt,
                                 String authorName,
                                 List<PlanActionRow> actions,
                                 List<ConsultationRow> consultations) {

    public PlanVersionDetails {
        actions = List.copyOf(actions);
        consultations = List.copyOf(consultations);
    }

    /**
     * An action of the plan with what has become of it: {@code closingNote} is the outcome of a completed action
     * or the reason it was dropped, {@code closedOn} the day that happened.
     */
    public record PlanActionRow(String actionId, String description, ActionOwner owner, LocalDate deadline,
                                String expectedEffect, ActionStatus status, String lastProgressNote,
                                LocalDate lastProgressOn, String closingNote, LocalDate closedOn) {
    }

    /** The social worker's opinion on this version (the plan is drafted in consultation with them). */
    public record ConsultationRow(String socialWorkerName, String opinion, Instant recordedAt) {
    }
}
