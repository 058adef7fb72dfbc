package pl.asysta.cases.query;

import java.util.Set;

import pl.asysta.cases.CaseId;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;

/**
 * A case file opened by one actor: proof that the opening was recorded in the access log. Only
 * {@link CaseQueries#open} makes one, and the queries of a case's content take it, so no screen can read a case
 * without a record of it. It carries the categories recorded at the opening; every query still asks the policy
 * again and returns no more than both allow, so a grant that ends while the file is open ends at the next query.
 */
public final class CaseFile {

    private final CaseId caseId;
    private final Actor actor;
    private final long accessRecord;
    private final Set<DataCategory> categories;

    CaseFile(CaseId caseId, Actor actor, long accessRecord, Set<DataCategory> categories) {
        this.caseId = caseId;
        this.actor = actor;
        this.accessRecord = accessRecord;
        this.categories = Set.copyOf(categories);
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
}
