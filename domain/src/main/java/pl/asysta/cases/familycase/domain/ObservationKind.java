package pl.asysta.cases.familycase.domain;

/** What another institution adds to a case: an observation, or an interdisciplinary team's meeting note or decision. */
public enum ObservationKind {
    OBSERVATION,
    TEAM_MEETING,
    TEAM_DECISION
}
