package pl.asysta.cases.familycase;

import java.time.LocalDate;

import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.shared.CaseId;

/** An open action of a family's current work plan whose deadline is near or past. */
public record DueActionRow(CaseId caseId,
                           String familyName,
                           int planVersion,
                           String actionId,
                           String description,
                           ActionOwner owner,
                           LocalDate deadline,
                           String expectedEffect,
                           boolean overdue) {
}
