package pl.asysta.cases.readmodel;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;

/**
 * The shared chronology, for the projections of the streams that sit beside a case (its consent ledger, its
 * referrals, its opinions for the court, its supporting family): one row per event, keyed by its position, so
 * handling an event twice adds nothing. They belong to the case read model's processor, write through its batch
 * ({@link ProjectionWrites}) and are cleared and rebuilt with it.
 */
public final class TimelineEntries {

    /** Entries whose values are all known, many inserted by one statement (or loaded by one copy). */
    static final ProjectionRows ROWS = ProjectionRows.byPosition("case_timeline", "position", "case_id",
            "occurred_on", "recorded_at", "entry_type", "category", "author_id", "author_name", "author_role",
            "author_institution", "subject", "body");

    /**
     * Gives entries their subject, looked up in the read model (the {@code %s}, an SQL expression over the entry
     * {@code t} and the key {@code k.key}) once the batch has written it: one statement for all the entries of a
     * batch that look up the same way. An entry keeps the subject it was first given.
     */
    private static final String LOOKUP = """
            update case_timeline t set subject = %s
            from unnest(?::bigint[], ?::text[]) as k(position, key)
            where t.position = k.position and t.subject is null""";

    private TimelineEntries() {
    }

    /**
     * How entries of one kind find their subject: {@code expression} is an SQL expression of one value, over the
     * entry's columns as {@code t} (its case, {@code t.case_id}; its position, {@code t.position}) and the key
     * an entry names as {@code k.key}; {@code reads} are the tables it looks in. Made once, as a constant.
     */
    public static Subject subject(String expression, String... reads) {
        return new Subject(ProjectionStatement.updates("case_timeline", LOOKUP.formatted(expression), reads));
    }

    /** A subject looked up in the read model as the batch leaves it ({@link #subject}). */
    public static final class Subject {

        private final ProjectionStatement lookup;

        private Subject(ProjectionStatement lookup) {
            this.lookup = lookup;
        }
    }

    /** An entry about what the event says. */
    public static void add(JdbcTemplate jdbc, long position, CaseId caseId, LocalDate occurredOn, Instant recordedAt,
                           String entryType, DataCategory category, Author author, String subject, String body) {
        ProjectionWrites.current(jdbc).row(ROWS, position, caseId, occurredOn, recordedAt, entryType, category,
                author.userId(), author.displayName(), author.role(), author.institutionId(), subject, body);
    }

    /** An entry whose subject is a value of the read model as the batch leaves it, found by {@code key}. */
    public static void addLookingUp(JdbcTemplate jdbc, long position, CaseId caseId, LocalDate occurredOn,
                                    Instant recordedAt, String entryType, DataCategory category, Author author,
                                    Subject subject, String key, String body) {
        ProjectionWrites writes = ProjectionWrites.current(jdbc);
        writes.row(ROWS, position, caseId, occurredOn, recordedAt, entryType, category, author.userId(),
                author.displayName(), author.role(), author.institutionId(), null, body);
        writes.laterForAll(subject.lookup, position, key);
    }
}
