package pl.asysta.cases.familycase.domain;

import java.util.Objects;

import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * What an opinion needs to know about the family's case as it is now: the centre that runs it, the assistant
 * who works with the family ({@code null} when none does) and the family's name.
 */
public record CaseOnFile(CaseId caseId, InstitutionId centre, UserId assistant, String familyName) {

    public CaseOnFile {
        Objects.requireNonNull(caseId, "case id");
        Objects.requireNonNull(centre, "centre");
    }
}
