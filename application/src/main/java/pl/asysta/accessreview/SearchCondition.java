package pl.asysta.accessreview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import pl.asysta.accessreview.AccessReview.Snapshot;
import pl.asysta.time.ClockConfiguration;

/**
 * An auditor's search as SQL over the access records {@code r}: the records up to the snapshot's newest, by the
 * person, institution and case searched for, within the period; days are the centre's days.
 *
 * @param condition  the {@code where} condition, with named parameters
 * @param parameters their values
 */
record SearchCondition(String condition, Map<String, Object> parameters) {

    static final ZoneId ZONE = ClockConfiguration.CENTRE_ZONE;

    /**
     * The search of the snapshot; {@code withCase} false leaves the case out, for the patterns whose days only
     * have to include a read of the case, not consist of such reads.
     */
    static SearchCondition of(Snapshot snapshot, boolean withCase) {
        AccessSearch search = snapshot.search();
        StringBuilder condition = new StringBuilder("r.record_id <= :upTo");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("upTo", snapshot.upTo());
        if (search.person() != null) {
            condition.append(" and r.actor_id = :person");
            parameters.put("person", search.person().value());
        }
        if (search.institution() != null) {
            condition.append(" and r.institution = :institution");
            parameters.put("institution", search.institution().value());
        }
        if (withCase && search.caseId() != null) {
            condition.append(" and r.case_ids @> array[cast(:searchedCase as varchar)]");
            parameters.put("searchedCase", search.caseId().value());
        }
        if (search.from() != null) {
            condition.append(" and r.recorded_at >= :periodStart");
            parameters.put("periodStart", timestamp(search.start(ZONE)));
        }
        if (search.to() != null) {
            condition.append(" and r.recorded_at < :periodEnd");
            parameters.put("periodEnd", timestamp(search.endExclusive(ZONE)));
        }
        return new SearchCondition(condition.toString(), parameters);
    }

    /** The centre's day of a moment. */
    static LocalDate day(Instant moment) {
        return moment.atZone(ZONE).toLocalDate();
    }

    /** A moment as the database compares it with {@code recorded_at}. */
    static OffsetDateTime timestamp(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }
}
