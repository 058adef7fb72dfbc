package pl.asysta.shared;

/**
 * The roles of the access matrix (docs/access-matrix.md). The name is the persisted and Keycloak realm-role
 * name, so renaming one is a migration.
 */
public enum Role {
    FAMILY_ASSISTANT,
    SOCIAL_WORKER,
    CENTRE_HEAD,
    FOSTER_CARE_COORDINATOR,
    TEAM_MEMBER,
    /** Staff of a school or a health service; which one follows from their institution's kind. */
    INSTITUTION_STAFF,
    SUPPORTING_FAMILY,
    COURT_STAFF,
    AUDITOR,
    ADMINISTRATOR
}
