package pl.asysta.events;

import java.time.LocalDate;

import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * Which events the browser shows; a {@code null} criterion means "any". {@code eventType} is the stored payload
 * type; the period runs from the start of {@code from} to the end of {@code to}, days in the centre's zone.
 */
public record EventFilter(CaseId caseId, String eventType, UserId author, InstitutionId institution,
                          LocalDate from, LocalDate to) {

    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null);

    public EventFilter withCase(CaseId caseId) {
        return new EventFilter(caseId, eventType, author, institution, from, to);
    }

    /** A period whose end comes before its start holds no event. */
    public boolean periodReversed() {
        return from != null && to != null && to.isBefore(from);
    }
}
