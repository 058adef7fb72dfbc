package pl.asysta.cases.query;

import java.time.LocalDate;

import pl.asysta.cases.ActionOwner;
import pl.asysta.cases.CaseId;

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
