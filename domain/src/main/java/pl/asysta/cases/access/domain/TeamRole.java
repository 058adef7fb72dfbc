package pl.asysta.cases.access.domain;

import pl.asysta.shared.Role;

/**
 * What one person is to one case: its assigned assistant, its social worker, the head of its centre, the
 * foster-care coordinator of one of its children, or staff of an institution holding an active grant on it.
 * One person may be several at once (a head who also works as the family's assistant).
 */
public enum TeamRole {
    /** The family assistant assigned to the case. */
    ASSISTANT(Role.FAMILY_ASSISTANT),
    /** The social worker of the case's centre who opened it. */
    SOCIAL_WORKER(Role.SOCIAL_WORKER),
    /** Any head of the case's centre. */
    HEAD(Role.CENTRE_HEAD),
    /** The coordinator named when a child of the family was placed in foster care. */
    COORDINATOR(Role.FOSTER_CARE_COORDINATOR),
    /**
     * Staff of an institution (a school, a health service, the interdisciplinary team, a PCPR) whose institution
     * holds an active grant; they act in their own role.
     */
    GRANT_HOLDER(null);

    private final Role actsAs;

    TeamRole(Role actsAs) {
        this.actsAs = actsAs;
    }

    /** The role recorded as the author of what they do in this part; none for a grant holder. */
    public Role actsAs() {
        return actsAs;
    }

    /** The assistant, the social worker and the head do the case's own work: they see and keep all of it. */
    public boolean caseWork() {
        return this == ASSISTANT || this == SOCIAL_WORKER || this == HEAD;
    }
}
