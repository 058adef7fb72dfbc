package pl.asysta.cases.familycase;

import pl.asysta.shared.UserId;

/**
 * An assistant of the centre with the families they work with now against the statutory cap (uwr art. 15
 * ust. 4). The count is the one the cap is enforced on: families in monitoring no longer count.
 */
public record CaseloadRow(UserId assistantId,
                          String assistantName,
                          int activeFamilies,
                          int cap,
                          int overdueAssessments) {

    public boolean atCap() {
        return activeFamilies >= cap;
    }

    public int freeSlots() {
        return Math.max(0, cap - activeFamilies);
    }
}
