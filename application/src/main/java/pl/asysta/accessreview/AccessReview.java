package pl.asysta.accessreview;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pl.asysta.accessreview.AccessReviewRow.NamedCase;
import pl.asysta.accessreview.domain.ReviewRules;
import pl.asysta.accessreview.domain.UnusualPattern;
import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * The auditor's review of the access log (issue 7, ADR 0017): records searched by person, institution, case and
 * period, newest first, each with the unusual patterns it is part of, and the unusual patterns of a period as a
 * list of their own. Only auditors may ask ({@link ReviewRules#onlyAuditorsReview}); anyone else is refused here,
 * whatever a screen offers. Nothing here changes anything but the log: what the auditor is shown is recorded
 * first, as an {@link AccessView#ACCESS_REVIEW} naming the families shown, so the reviewers are reviewed too.
 */
@Service
@Transactional(readOnly = true)
public class AccessReview {

    /** How many families of one record are named; a start page's record can name a whole centre. */
    public static final int CASES_NAMED_PER_RECORD = 5;
    /** How many records of one search are listed; a wider search is to be narrowed. */
    public static final int LISTED_AT_MOST = 10_000;
    /** How many days of each unusual pattern the list shows, newest first. */
    public static final int UNUSUAL_SHOWN = 200;

    private static final String COLUMNS = """
            r.record_id, r.recorded_at, r.actor_id, r.actor_name, r.actor_roles, r.institution, r.view_name,
            r.case_ids, r.categories, r.purpose""";
    private static final ZoneId ZONE = ClockConfiguration.CENTRE_ZONE;

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final InstitutionRegister register;
    private final ReviewRules rules;
    private final Clock clock;

    AccessReview(JdbcClient jdbc, AccessLog accessLog, InstitutionRegister register, ReviewRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.register = register;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * A search, fixed at the newest record when it was made: the log grows while the auditor pages through it
     * (not least by the review's own records), and the pages must not shift under them.
     */
    public record Snapshot(AccessSearch search, long upTo, Instant asOf) {
    }

    /** The thresholds the flags are computed with, to explain them on screen. */
    public ReviewRules rules() {
        return rules;
    }

    public Snapshot search(AccessSearch search, Actor actor) {
        ReviewRules.onlyAuditorsReview(actor);
        long upTo = jdbc.sql("select coalesce(max(record_id), 0) from access_record").query(Long.class).single();
        return new Snapshot(search, upTo, clock.instant());
    }

    /**
     * How many records the search finds, counted up to {@link #LISTED_AT_MOST} and one more: a search that finds
     * more is too wide to page through and should be narrowed. A number, no case data, so not recorded.
     */
    public int count(Snapshot snapshot, Actor actor) {
        ReviewRules.onlyAuditorsReview(actor);
        Where where = where(snapshot, true);
        return jdbc.sql("select count(*) from (select 1 from access_record r where " + where.condition()
                        + " limit :countedUpTo) found")
                .params(where.parameters())
                .param("countedUpTo", LISTED_AT_MOST + 1)
                .query(Integer.class)
                .single();
    }

    /**
     * A page of the records found, newest first (by the time recorded, then by the order written), with their
     * flags; recorded before it is returned.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<AccessReviewRow> records(Snapshot snapshot, int offset, int limit, Actor actor) {
        ReviewRules.onlyAuditorsReview(actor);
        if (limit <= 0) {
            return List.of();
        }
        Where where = where(snapshot, true);
        List<Raw> raws = jdbc.sql("select " + COLUMNS + " from access_record r where " + where.condition()
                        + " order by r.recorded_at desc, r.record_id desc offset :offset limit :limit")
                .params(where.parameters())
                .param("offset", Math.max(0, offset))
                .param("limit", limit)
                .query((row, n) -> raw(row))
                .list();
        if (raws.isEmpty()) {
            return List.of();
        }
        CaseId searched = snapshot.search().caseId();
        Set<String> named = new LinkedHashSet<>();
        raws.forEach(raw -> named.addAll(namedFirst(raw.caseIds(), searched)));
        Map<String, String> families = familyNames(named);
        Function<InstitutionId, String> institutions = institutionNames();
        Map<Long, Set<UnusualPattern>> flags = flags(raws, snapshot.upTo());
        List<AccessReviewRow> rows = raws.stream().map(raw -> new AccessReviewRow(raw.recordId(), raw.at(),
                        raw.actorId(), raw.actorName(), raw.roles(), raw.institution(),
                        institutions.apply(raw.institution()), raw.view(),
                        namedFirst(raw.caseIds(), searched).stream()
                                .map(id -> new NamedCase(new CaseId(id), families.get(id))).toList(),
                        raw.caseIds().size(), raw.categories(), raw.purpose(),
                        flags.getOrDefault(raw.recordId(), Set.of())))
                .toList();
        accessLog.record(actor, AccessView.ACCESS_REVIEW, named.stream().map(CaseId::new).toList(),
                named.isEmpty() ? Set.of() : Set.of(DataCategory.BASIC), AccessBasis.AUDIT.name(), null);
        return rows;
    }

    /**
     * The unusual patterns among the records the search finds (by person, institution, case, period), one row per
     * person, day and pattern, newest day first. With a case, the days that include a read of it. Recorded as a
     * review of the log; it names no family.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<UnusualPatternRow> unusualPatterns(Snapshot snapshot, Actor actor) {
        ReviewRules.onlyAuditorsReview(actor);
        Function<InstitutionId, String> institutions = institutionNames();
        List<UnusualPatternRow> rows = new ArrayList<>(manyCasesWithoutTask(snapshot, institutions));
        rows.addAll(outsideWorkingHours(snapshot, institutions));
        rows.sort(Comparator.comparing(UnusualPatternRow::day).reversed()
                .thenComparing(UnusualPatternRow::pattern)
                .thenComparing(UnusualPatternRow::actorName));
        if (!rows.isEmpty()) {
            accessLog.record(actor, AccessView.ACCESS_REVIEW, List.of(), Set.of(), AccessBasis.AUDIT.name(), null);
        }
        return rows;
    }

    /**
     * Everyone who appears in the log as a reader, by name: staff, not case data, so not recorded. Found by
     * skipping through the (actor, time) index, one probe per person, however many records there are.
     */
    public List<ReaderOption> readers(Actor actor) {
        ReviewRules.onlyAuditorsReview(actor);
        return jdbc.sql("""
                        with recursive readers(actor_id) as (
                            (select actor_id from access_record order by actor_id limit 1)
                            union all
                            select (select r.actor_id from access_record r where r.actor_id > readers.actor_id
                                    order by r.actor_id limit 1)
                            from readers where readers.actor_id is not null)
                        select readers.actor_id,
                            (select r.actor_name from access_record r where r.actor_id = readers.actor_id
                             order by r.recorded_at desc limit 1) as actor_name
                        from readers where readers.actor_id is not null""")
                .query((row, n) -> new ReaderOption(new UserId(row.getString(1)), row.getString(2)))
                .list()
                .stream()
                .sorted(Comparator.comparing(ReaderOption::name).thenComparing(option -> option.userId().value()))
                .toList();
    }

    /** The institutions to filter by: the register's. */
    public List<Institution> institutions(Actor actor) {
        ReviewRules.onlyAuditorsReview(actor);
        return register.all();
    }

    /**
     * Families whose name or case id contains the text, by name, a page at a time: the families' names are case
     * data (BASIC), so every page shown is recorded.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<CaseOption> cases(String text, int offset, int limit, Actor actor) {
        ReviewRules.onlyAuditorsReview(actor);
        String pattern = "%" + (text == null ? "" : text.strip().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_")) + "%";
        List<CaseOption> options = jdbc.sql("""
                        select case_id, family_name from case_summary
                        where family_name ilike :pattern or case_id ilike :pattern
                        order by family_name, case_id offset :offset limit :limit""")
                .param("pattern", pattern)
                .param("offset", Math.max(0, offset))
                .param("limit", Math.max(0, limit))
                .query((row, n) -> new CaseOption(new CaseId(row.getString(1)), row.getString(2)))
                .list();
        if (!options.isEmpty()) {
            accessLog.record(actor, AccessView.ACCESS_REVIEW, options.stream().map(CaseOption::caseId).toList(),
                    Set.of(DataCategory.BASIC), AccessBasis.AUDIT.name(), null);
        }
        return options;
    }

    /** The members of the family, as registered, to choose one for a subject access report; recorded. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<MemberOption> members(CaseId caseId, Actor actor) {
        ReviewRules.onlyAuditorsReview(actor);
        List<MemberOption> members = members(jdbc, caseId);
        if (!members.isEmpty()) {
            accessLog.record(actor, AccessView.ACCESS_REVIEW, List.of(caseId), Set.of(DataCategory.BASIC),
                    AccessBasis.AUDIT.name(), null);
        }
        return members;
    }

    static List<MemberOption> members(JdbcClient jdbc, CaseId caseId) {
        return jdbc.sql("""
                        select member_id, first_name, last_name, kinship, birth_date from case_member
                        where case_id = :caseId order by ordinal""")
                .param("caseId", caseId.value())
                .query((row, n) -> new MemberOption(row.getString("member_id"), row.getString("first_name"),
                        row.getString("last_name"), Kinship.valueOf(row.getString("kinship")),
                        row.getObject("birth_date", LocalDate.class)))
                .list();
    }

    // ---------------------------------------------------------------- flags

    /**
     * The flags of a page of records. Outside working hours is a property of the record. Many families without a
     * task is a property of the reader's day: all their openings that day are counted (up to the snapshot), not
     * only those on the page, and each opening of a family without a task on such a day is flagged.
     */
    private Map<Long, Set<UnusualPattern>> flags(List<Raw> raws, long upTo) {
        Map<Long, Set<UnusualPattern>> flags = new HashMap<>();
        for (Raw raw : raws) {
            if (rules.workingHours().outside(raw.at().atZone(ZONE))) {
                flags.computeIfAbsent(raw.recordId(), id -> EnumSet.noneOf(UnusualPattern.class))
                        .add(UnusualPattern.OUTSIDE_WORKING_HOURS);
            }
        }
        List<Raw> openings = raws.stream().filter(raw -> raw.view() == AccessView.CASE_FILE
                && !raw.caseIds().isEmpty()).toList();
        if (openings.isEmpty()) {
            return flags;
        }
        LocalDate firstDay = openings.stream().map(raw -> day(raw.at())).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate lastDay = openings.stream().map(raw -> day(raw.at())).max(Comparator.naturalOrder()).orElseThrow();
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
                .param("actors", openings.stream().map(raw -> raw.actorId().value()).distinct().toList())
                .param("start", timestamp(firstDay.atStartOfDay(ZONE).toInstant()))
                .param("end", timestamp(lastDay.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .query(row -> {
                    withoutTask.computeIfAbsent(readerDay(row.getString(1), row.getObject(2, LocalDate.class)),
                            key -> new HashSet<>()).add(row.getString(3));
                });
        for (Raw opening : openings) {
            Set<String> cases = withoutTask.getOrDefault(readerDay(opening.actorId().value(), day(opening.at())),
                    Set.of());
            if (rules.tooManyWithoutTask(cases.size()) && cases.contains(opening.caseIds().getFirst())) {
                flags.computeIfAbsent(opening.recordId(), id -> EnumSet.noneOf(UnusualPattern.class))
                        .add(UnusualPattern.MANY_CASES_WITHOUT_TASK);
            }
        }
        return flags;
    }

    /**
     * The days with many families opened without a task. The days with enough different families opened at all
     * come first (cheap); whether the reader has a task on a family is then asked once per reader and family (a
     * task is not tied to a day), and only for those days.
     */
    List<UnusualPatternRow> manyCasesWithoutTask(Snapshot snapshot, Function<InstitutionId, String> names) {
        Where where = where(snapshot, false);
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
                .param("limit", UNUSUAL_SHOWN)
                .query((row, n) -> pattern(UnusualPattern.MANY_CASES_WITHOUT_TASK, row, names))
                .list();
    }

    List<UnusualPatternRow> outsideWorkingHours(Snapshot snapshot, Function<InstitutionId, String> names) {
        Where where = where(snapshot, true);
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
                .param("limit", UNUSUAL_SHOWN)
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

    // ---------------------------------------------------------------- helpers

    private record Where(String condition, Map<String, Object> parameters) {
    }

    private Where where(Snapshot snapshot, boolean withCase) {
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
        return new Where(condition.toString(), parameters);
    }

    /** A record as stored, before the names and flags are added. */
    /**
     * The families of a record that a row names, at most {@link #CASES_NAMED_PER_RECORD}: with a family searched
     * for, that family first, so a start page's record naming a whole centre still shows why it was found.
     */
    static List<String> namedFirst(List<String> caseIds, CaseId searched) {
        if (searched == null || !caseIds.contains(searched.value())) {
            return caseIds.subList(0, Math.min(CASES_NAMED_PER_RECORD, caseIds.size()));
        }
        return Stream.concat(Stream.of(searched.value()),
                        caseIds.stream().filter(id -> !id.equals(searched.value())))
                .limit(CASES_NAMED_PER_RECORD).toList();
    }

    private record Raw(long recordId, Instant at, UserId actorId, String actorName, List<String> roles,
                       InstitutionId institution, AccessView view, List<String> caseIds,
                       Set<DataCategory> categories, String purpose) {
    }

    private static Raw raw(ResultSet row) throws SQLException {
        Array cases = row.getArray("case_ids");
        String roles = row.getString("actor_roles");
        return new Raw(row.getLong("record_id"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                new UserId(row.getString("actor_id")), row.getString("actor_name"),
                roles.isBlank() ? List.of() : List.of(roles.split(",")),
                new InstitutionId(row.getString("institution")), AccessView.valueOf(row.getString("view_name")),
                cases == null ? List.of() : Arrays.asList((String[]) cases.getArray()),
                categories(row.getString("categories")), row.getString("purpose"));
    }

    static Set<DataCategory> categories(String stored) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        Arrays.stream(stored.split(",")).filter(value -> !value.isBlank()).map(DataCategory::valueOf)
                .forEach(categories::add);
        return categories;
    }

    private Map<String, String> familyNames(Set<String> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select case_id, family_name from case_summary where case_id in (:ids)")
                .param("ids", List.copyOf(caseIds))
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Function<InstitutionId, String> institutionNames() {
        Map<InstitutionId, String> names = register.all().stream()
                .collect(Collectors.toMap(Institution::id, Institution::name, (first, second) -> first));
        return institution -> names.getOrDefault(institution, institution.value());
    }

    private static String readerDay(String actorId, LocalDate day) {
        return actorId + "\u001f" + day;
    }

    private static LocalDate day(Instant moment) {
        return moment.atZone(ZONE).toLocalDate();
    }

    static OffsetDateTime timestamp(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }
}
