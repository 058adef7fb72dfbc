package pl.asysta.cases.access;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/** One access record as the case page's "who looked at this file" and the assistant's alerts show it. */
public record AccessRecordRow(long recordId, Instant recordedAt, UserId actorId, String actorName,
                              List<String> roles, InstitutionId institution, AccessView view,
                              Set<DataCategory> categories, String purpose) {
}
