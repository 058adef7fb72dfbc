package pl.asysta.cases.court.domain;

/** The parts of an opinion on a family, in the order the court reads them. */
public enum OpinionSection {
    FAMILY_SITUATION,
    COOPERATION,
    WORK_PLAN_PROGRESS,
    ASSESSMENT,
    CONCLUSIONS
}
