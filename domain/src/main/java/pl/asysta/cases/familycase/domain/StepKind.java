package pl.asysta.cases.familycase.domain;

/**
 * The kinds of step people take on a family case after its registration, in the order of the case's life. The
 * case answers which of them one person may take now ({@link FamilyCase#permittedSteps}); a screen offers exactly
 * those.
 */
public enum StepKind {
    INTERVIEW,
    REQUEST_ASSISTANT,
    CONSENT,
    COURT_ORDER,
    WITHDRAW_CONSENT,
    ASSIGN,
    REASSIGN,
    DOCUMENT_WORK,
    ADOPT_PLAN,
    CONSULT_PLAN,
    NOTE_ACTION_PROGRESS,
    COMPLETE_ACTION,
    DROP_ACTION,
    ASSESSMENT,
    FOSTER_CARE,
    COORDINATION,
    ZA_ZYCIEM,
    SUPPORT_CATALOGUE,
    OBSERVATION,
    TEAM_MEETING,
    TEAM_DECISION,
    CLOSE,
    MONITORING_ENTRY,
    END_MONITORING,
    REOPEN
}
