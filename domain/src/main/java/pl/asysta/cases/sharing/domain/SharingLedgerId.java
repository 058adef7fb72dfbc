package pl.asysta.cases.sharing.domain;

import java.util.Objects;

import pl.asysta.shared.CaseId;

/** The consent ledger of a case is a stream of its own, named after the case. */
public record SharingLedgerId(CaseId caseId) {

    private static final String PREFIX = "sharing-";

    public SharingLedgerId {
        Objects.requireNonNull(caseId, "case id");
    }

    /** The stream's identifier in the event store. */
    @Override
    public String toString() {
        return PREFIX + caseId.value();
    }
}
