package pl.asysta.cases.court.domain;

/** Where a court's request for an opinion stands. */
public enum OpinionStatus {
    /** The court asked; nobody has written anything yet. */
    REQUESTED,
    /** The drafter has saved a draft. */
    DRAFTING,
    /** The draft waits for the head of the centre's approval. */
    SUBMITTED,
    /** The head returned the draft with comments; the drafter works on it again. */
    RETURNED,
    /** Approved and delivered to the court as a document. */
    DELIVERED,
    /** The court no longer needs the opinion. */
    WITHDRAWN;

    /** Whether the centre still owes the court the opinion. */
    public boolean awaitsDelivery() {
        return this != DELIVERED && this != WITHDRAWN;
    }

    /** Whether the drafter may write: before submission, or after the head returned it. */
    public boolean openForDrafting() {
        return this == REQUESTED || this == DRAFTING || this == RETURNED;
    }
}
