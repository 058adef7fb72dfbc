package pl.asysta.cases.familycase.domain;

import java.util.Objects;

import pl.asysta.shared.InstitutionId;

/** What an arrangement needs to know of the family's case when it is recorded: its centre and its stage. */
public record CaseStanding(InstitutionId centre, CaseStatus status) {

    public CaseStanding {
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(status, "status");
    }
}
