package pl.asysta.cases.query;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.CaseId;
import pl.asysta.shared.Author;
import pl.asysta.shared.DataCategory;

/**
 * The shared chronology, for the projections of the streams that sit beside a case (its consent ledger, its
 * referrals, its opinions for the court, its supporting family): one row per event, keyed by its position, so
 * handling an event twice adds nothing. They belong to the case read model's processor, write through its batch
 * ({@link ProjectionWrites}) and are cleared and rebuilt with it.
 */
public final class TimelineEntries {

    private static final String COLUMNS = """
            insert into case_timeline (position, case_id, occurred_on, recorded_at, entry_type, category, author_id,
                author_name, author_role, author_institution, subject, body)""";

    /** Entries whose values are all known, many inserted by one statement (or loaded by one copy). */
    static final String ROWS = COLUMNS + " values %s on conflict (position) do nothing";

    /** Entries whose subject is looked up in the read model (the {@code %s}) once the batch has written it. */
    static final String LOOKUP = COLUMNS
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, ?) on conflict (position) do nothing";

    private TimelineEntries() {
    }

    /** An entry about what the event says. */
    public static void add(JdbcTemplate jdbc, long position, CaseId caseId, LocalDate occurredOn, Instant recordedAt,
                           String entryType, DataCategory category, Author author, String subject, String body) {
        ProjectionWrites.current(jdbc).row(ROWS, position, caseId, occurredOn, recordedAt, entryType, category,
                author.userId(), author.displayName(), author.role(), author.institutionId(), subject, body);
    }

    /**
     * An entry whose subject is a value of the read model as the batch leaves it: {@code subject} is an SQL
     * expression of one value (a scalar subquery, say), with {@code subjectArguments} for its parameters.
     */
    public static void addLookingUp(JdbcTemplate jdbc, long position, CaseId caseId, LocalDate occurredOn,
                                    Instant recordedAt, String entryType, DataCategory category, Author author,
                                    String subject, Object[] subjectArguments, String body) {
        Object[] arguments = new Object[11 + subjectArguments.length];
        Object[] head = {position, caseId, occurredOn, recordedAt, entryType, category, author.userId(),
                author.displayName(), author.role(), author.institutionId()};
        System.arraycopy(head, 0, arguments, 0, head.length);
        System.arraycopy(subjectArguments, 0, arguments, head.length, subjectArguments.length);
        arguments[arguments.length - 1] = body;
        ProjectionWrites.current(jdbc).later(LOOKUP.formatted(subject), arguments);
    }
}
