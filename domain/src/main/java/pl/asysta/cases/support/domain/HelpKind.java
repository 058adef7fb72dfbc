package pl.asysta.cases.support.domain;

/** What a supporting family did for the family (uwr art. 29 ust. 1: care of the children, the household ...). */
public enum HelpKind {
    CHILDCARE,
    HOUSEHOLD,
    HOMEWORK,
    FREE_TIME,
    ACCOMPANIMENT,
    OTHER
}
