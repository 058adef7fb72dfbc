package pl.asysta.events;

import java.time.Instant;
import java.util.List;

import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * One stored event as the auditor's browser shows it: where it is in the store (global position) and in its
 * stream, what it is, when it was recorded, the case it is about and who recorded it (with the names the portal
 * knows), its payload as fields, and its chain link (hashes in hexadecimal; {@code null} for an event stored
 * without one, which the integrity check reports).
 */
public record StoredEventRow(long position, String stream, long sequence, String eventType,
                             String eventIdentifier, Instant recordedAt, CaseId caseId, String familyName,
                             UserId authorId, String authorName, InstitutionId authorInstitution,
                             String authorInstitutionName, List<PayloadField> payload, String previousHash,
                             String hash) {

    public StoredEventRow {
        payload = List.copyOf(payload);
    }

    /** The event type without its package: the event's name, e.g. {@code FamilyRegistered}. */
    public String eventName() {
        return simpleName(eventType);
    }

    /** {@code pl.asysta.cases.FamilyCaseEvent$FamilyRegistered} is {@code FamilyRegistered}. */
    public static String simpleName(String payloadType) {
        int cut = Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$'));
        return payloadType.substring(cut + 1);
    }
}
