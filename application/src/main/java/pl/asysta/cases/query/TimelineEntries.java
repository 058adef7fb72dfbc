package pl.asysta.cases.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.CaseId;
import pl.asysta.shared.Author;
import pl.asysta.shared.DataCategory;

/**
 * The shared chronology, for the projections of the streams that sit beside a case (its consent ledger, its
 * referrals): one row per event, keyed by its position, so handling an event twice adds nothing. They belong to
 * the case read model's processor and are cleared and rebuilt with it.
 */
public final class TimelineEntries {

    private TimelineEntries() {
    }

    public static void add(JdbcTemplate jdbc, long position, CaseId caseId, LocalDate occurredOn, Instant recordedAt,
                           String entryType, DataCategory category, Author author, String subject, String body) {
        jdbc.update("""
                        insert into case_timeline (position, case_id, occurred_on, recorded_at, entry_type, category,
                            author_id, author_name, author_role, author_institution, subject, body)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (position) do nothing""",
                position, caseId.value(), occurredOn, Timestamp.from(recordedAt), entryType, category.name(),
                author.userId().value(), author.displayName(), author.role().name(), author.institutionId().value(),
                subject, body);
    }
}
