package pl.asysta.cases.timeline;

import java.time.Instant;
import java.time.LocalDate;

import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * One entry of a case's shared chronology.
 *
 * @param position   the event's global index: unique, and the order in which things were recorded
 * @param occurredOn the day it happened as the author gave it ({@code null} when the event names no day)
 * @param recordedAt when it was recorded (the event's timestamp)
 * @param type       a stable code: the event's simple name, e.g. {@code WorkDocumented} (see
 *                   {@link TimelineFilter#ENTRY_TYPES})
 * @param subject    a short line: the kind of work, the action, the assistant's name, the closure reason code ...
 * @param text       the main free text: notes, findings, summary ... ({@code null} when there is none)
 */
public record TimelineRow(long position,
                          CaseId caseId,
                          LocalDate occurredOn,
                          Instant recordedAt,
                          String type,
                          DataCategory category,
                          UserId authorId,
                          String authorName,
                          Role authorRole,
                          InstitutionId authorInstitution,
                          String subject,
                          String text) {
}
