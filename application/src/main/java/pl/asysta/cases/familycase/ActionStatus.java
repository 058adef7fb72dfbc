package pl.asysta.cases.familycase;

/** Where a plan action stands now; an action is finished once, completed or dropped with a reason. */
public enum ActionStatus {
    OPEN,
    COMPLETED,
    DROPPED
}
