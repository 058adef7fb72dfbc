package pl.asysta.accessreview;

import static pl.asysta.accessreview.SearchCondition.ZONE;
import static pl.asysta.accessreview.SearchCondition.day;
import static pl.asysta.accessreview.SearchCondition.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import pl.asysta.accessreview.AccessReview.Snapshot;
import pl.asysta.accessreview.domain.ReviewRules;
import pl.asysta.accessreview.domain.UnusualPattern;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/**
 * The unusual patterns of the access log (ADR 0017), found with the review's thresholds: many families' files
 * opened in one day without a task on them, and reads outside working hours. Both as flags on the records of a
 * page and as a list of their own, one row per person, day and pattern; the SQL faces of the rules are
 * {@link TaskLinks}, so both say the same.
 */
final class UnusualPatterns {

    private final JdbcClient jdbc;
    private final ReviewRules rules;

    UnusualPatterns(JdbcClient jdbc, ReviewRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /**
     * The flags of a page of records. Outside working hours is a property of the record. Many families without a
     * task is a property of the reader's day: all their openings that day are counted (up to the snapshot), not
     * only those on the page, and each opening of a family without a task on such a day is flagged.
     */
    Map<Long, Set<UnusualPattern>> flags(List<LoggedRead> reads, long upTo) {
        Map<Long, Set<UnusualPattern>> flags = new HashMap<>();
        for (LoggedRead read : reads) {
            if (rules.workingHours().outside(read.at().atZone(ZONE))) {
                flags.computeIfAbsent(read.recordId(), id -> EnumSet.noneOf(UnusualPattern.class))
                        .add(UnusualPattern.OUTSIDE_WORKING_HOURS);
            }
        }
        List<LoggedRead> openings = reads.stream().filter(LoggedRead::opensCaseFile).toList();
        if (openings.isEmpty()) {
            return flags;
        }
        Map<String, Set<String>> withoutTask = familiesWithoutTask(openings, upTo);
        for (LoggedRead opening : openings) {
            Set<String> cases = withoutTask.getOrDefault(readerDay(opening.actorId().value(), day(opening.at())),
                    Set.of());
            if (rules.tooManyWithoutTask(cases.size()) && cases.contains(opening.caseIds().getFirst())) {
                flags.computeIfAbsent(opening.recordId(), id -> EnumSet.noneOf(UnusualPattern.class))
                        .add(UnusualPattern.MANY_CASES_WITHOUT_TASK);
            }
        }
        return flags;
    }

    /** The families each reader of the openings opened without a task, per reader and day of those openings. */
    private Map<String, Set<String>> familiesWithoutTask(List<LoggedRead> openings, long upTo) {
        LocalDate firstDay = openings.stream().map(read -> day(read.at())).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate lastDay = openings.stream().map(read -> day(read.at())).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, Set<String>> withoutTask = new HashMap<>();
        jdbc.sql("""
                        select o.actor_id, o.day, o.case_id from (
                            select distinct r.actor_id, r.institution, r.actor_roles,
                                cast(r.recorded_at at time zone :zone as date) as day, r.case_ids[1] as case_id
                            from access_record r
                            where r.view_name = 'CASE_FILE' and r.record_id <= :upTo and r.actor_id in (:actors)
                              and r.recorded_at >= :start and r.recorded_at < :end) o
                        where\s""" + TaskLinks.NO_TASK)
                .param("zone", ZONE.getId())
                .param("upTo", upTo)
                .param("actors", openings.stream().map(read -> read.actorId().value()).distinct().toList())
                .param("start", timestamp(firstDay.atStartOfDay(ZONE).toInstant()))
                .param("end", timestamp(lastDay.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .query(row -> {
                    withoutTask.computeIfAbsent(readerDay(row.getString(1), row.getObject(2, LocalDate.class)),
                            key -> new HashSet<>()).add(row.getString(3));
                });
        return withoutTask;
    }

    /**
     * The days with many families opened without a task. The days with enough different families opened at all
     * come first (cheap); whether the reader has a task on a family is then asked once per reader and family (a
     * task is not tied to a day), and only for those days.
     */
    List<UnusualPatternRow> manyCasesWithoutTask(Snapshot snapshot, Function<InstitutionId, String> names) {
        SearchCondition where = SearchCondition.of(snapshot, false);
        CaseId caseId = snapshot.search().caseId();
        return jdbc.sql("""
                        with opened as (
                            select r.actor_id, r.actor_name, r.institution, r.actor_roles, r.recorded_at,
                                cast(r.recorded_at at time zone :zone as date) as day, r.case_ids[1] as case_id
                            from access_record r
                            where r.view_name = 'CASE_FILE' and\s""" + where.condition() + """
                        ),
                        busy as (
                            select actor_id, day from opened
                            group by actor_id, day having count(distinct case_id) >= :threshold),
                        readers_families as (
                            select distinct o.actor_id, o.institution, o.actor_roles, o.case_id
                            from opened o join busy b on b.actor_id = o.actor_id and b.day = o.day),
                        without_task as (
                            select o.actor_id, o.institution, o.actor_roles, o.case_id from readers_families o
                            where\s""" + TaskLinks.NO_TASK + """
                        )
                        select o.actor_id, o.day, max(o.actor_name) as actor_name, max(o.institution) as institution,
                            count(distinct o.case_id) as families, count(*) as reads, min(o.recorded_at) as first_at,
                            max(o.recorded_at) as last_at
                        from opened o
                        join busy b on b.actor_id = o.actor_id and b.day = o.day
                        join without_task w on w.actor_id = o.actor_id and w.institution = o.institution
                            and w.actor_roles = o.actor_roles and w.case_id = o.case_id
                        group by o.actor_id, o.day
                        having count(distinct o.case_id) >= :threshold\s"""
                        + (caseId == null ? "" : "and bool_or(o.case_id = :caseId) ") + """
                        order by o.day desc, families desc, o.actor_id limit :limit""")
                .params(where.parameters())
                .param("zone", ZONE.getId())
                .param("threshold", rules.casesWithoutTaskPerDay())
                .param("caseId", caseId == null ? "" : caseId.value())
                .param("limit", AccessReview.UNUSUAL_SHOWN)
                .query((row, n) -> pattern(UnusualPattern.MANY_CASES_WITHOUT_TASK, row, names))
                .list();
    }

    List<UnusualPatternRow> outsideWorkingHours(Snapshot snapshot, Function<InstitutionId, String> names) {
        SearchCondition where = SearchCondition.of(snapshot, true);
        AccessSearch search = snapshot.search();
        LocalDate from = search.from() != null ? search.from() : jdbc.sql(
                        "select min(recorded_at) from access_record").query(OffsetDateTime.class).optional()
                .map(first -> day(first.toInstant())).orElse(day(snapshot.asOf()));
        LocalDate to = search.to() != null ? search.to() : day(snapshot.asOf());
        String late = where.condition() + " and " + TaskLinks.OUTSIDE_WORKING_HOURS;
        return jdbc.sql("""
                        with days as (
                            select r.actor_id, cast(r.recorded_at at time zone :zone as date) as day,
                                max(r.actor_name) as actor_name, max(r.institution) as institution,
                                count(*) as reads, min(r.recorded_at) as first_at, max(r.recorded_at) as last_at
                            from access_record r
                            where\s""" + late + """

                            group by r.actor_id, day
                            order by day desc, reads desc, r.actor_id limit :limit)
                        select d.*, (
                            select count(distinct c.case_id) from access_record r, unnest(r.case_ids) as c(case_id)
                            where r.actor_id = d.actor_id and r.recorded_at between d.first_at and d.last_at
                              and\s""" + late + """
                        ) as families
                        from days d
                        order by d.day desc, d.reads desc, d.actor_id""")
                .params(where.parameters())
                .params(TaskLinks.workingHours(rules, ZONE.getId(), from.isAfter(to) ? to : from, to))
                .param("limit", AccessReview.UNUSUAL_SHOWN)
                .query((row, n) -> pattern(UnusualPattern.OUTSIDE_WORKING_HOURS, row, names))
                .list();
    }

    private static UnusualPatternRow pattern(UnusualPattern pattern, ResultSet row,
                                             Function<InstitutionId, String> names) throws SQLException {
        InstitutionId institution = new InstitutionId(row.getString("institution"));
        return new UnusualPatternRow(pattern, new UserId(row.getString("actor_id")), row.getString("actor_name"),
                institution, names.apply(institution), row.getObject("day", LocalDate.class), row.getLong("reads"),
                row.getLong("families"), row.getObject("first_at", OffsetDateTime.class).toInstant(),
                row.getObject("last_at", OffsetDateTime.class).toInstant());
    }

    private static String readerDay(String actorId, LocalDate day) {
        return actorId + "\u001f" + day;
    }
}
