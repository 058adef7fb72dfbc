package pl.asysta.shared;

/** The category every piece of case information carries; access is granted per category (docs/access-matrix.md). */
public enum DataCategory {
    BASIC,
    PLAN,
    VISITS,
    ASSESSMENT,
    HEALTH,
    EDUCATION,
    VIOLENCE,
    COURT,
    SUPPORT,
    CONSENT,
    FINANCE
}
