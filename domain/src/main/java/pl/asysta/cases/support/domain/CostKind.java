package pl.asysta.cases.support.domain;

/**
 * The costs of helping that an agreement may cover (uwr art. 30 ust. 2: the agreement says which costs are
 * reimbursed); each arrangement names the ones its agreement covers.
 */
public enum CostKind {
    /** Fares and fuel for getting to the family or taking the children somewhere. */
    TRAVEL,
    /** Meals and food given to the children. */
    MEALS,
    /** Books, notebooks, materials for homework and learning. */
    LEARNING_MATERIALS,
    /** Tickets and fees for outings and activities with the children. */
    LEISURE,
    /** Phone calls and messages with the family and the assistant. */
    PHONE,
    OTHER
}
