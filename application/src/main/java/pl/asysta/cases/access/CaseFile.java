package pl.asysta.cases.access;

import java.time.LocalDate;
import java.util.Set;

import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;

/**
 * A case file opened by one actor: proof that the opening was recorded in the access log. Only
 * {@link CaseFiles} makes one, and the queries of a case's content take it, so no screen can read a case
 * without a record of it. It carries the categories recorded at the opening; every query still asks the policy
 * again and returns no more than both allow, so a grant that ends while the file is open ends at the next query.
 *
 * <p>A file of the case as it stood at a point in its past ({@link CaseFiles#lookAtPast}) is read from a scratch
 * copy of the read model rebuilt for that one reading; it carries the day of that point, and its categories are
 * those the policy allowed when it was opened, a moment before (the policy's facts of the past are not the present
 * ones). Such a file never leaves the reading of the past it was made for.
 */
public final class CaseFile {

    private final CaseId caseId;
    private final Actor actor;
    private final long accessRecord;
    private final Set<DataCategory> categories;
    private final LocalDate asOfDay;

    CaseFile(CaseId caseId, Actor actor, long accessRecord, Set<DataCategory> categories) {
        this(caseId, actor, accessRecord, categories, null);
    }

    private CaseFile(CaseId caseId, Actor actor, long accessRecord, Set<DataCategory> categories, LocalDate asOfDay) {
        this.caseId = caseId;
        this.actor = actor;
        this.accessRecord = accessRecord;
        this.categories = Set.copyOf(categories);
        this.asOfDay = asOfDay;
    }

    /** The file of the case as it stood on {@code day}, read within one point-in-time reading. */
    static CaseFile asOf(CaseId caseId, Actor actor, long accessRecord, Set<DataCategory> categories,
                         LocalDate day) {
        return new CaseFile(caseId, actor, accessRecord, categories, day);
    }

    public CaseId caseId() {
        return caseId;
    }

    public Actor actor() {
        return actor;
    }

    /** The access record written when the file was opened. */
    public long accessRecord() {
        return accessRecord;
    }

    /** The categories the actor could read when they opened the file. */
    public Set<DataCategory> categoriesAtOpening() {
        return categories;
    }

    /** The day a file of the past is read as of; {@code null} for the case as it is now. */
    LocalDate asOfDay() {
        return asOfDay;
    }
}
