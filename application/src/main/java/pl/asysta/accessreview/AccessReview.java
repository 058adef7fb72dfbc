package pl.asysta.accessreview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * The auditor's review of the access log (ADR 0017): records searched by person, institution, case and
 * period, newest first, each with the unusual patterns it is part of, and the unusual patterns of a period as a
 * list of their own. Only auditors may ask ({@link ReviewRules#onlyAuditorsReview}); anyone else is refused here,
 * whatever a screen offers. Nothing here changes anything but the log: what the auditor is shown is recorded
 * first, as an {@link AccessView#ACCESS_REVIEW} naming the families shown, so the reviewers are reviewed too.
 * The patterns themselves are found by {@link UnusualPatterns}.
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

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final InstitutionRegister register;
    private final ReviewRules rules;
    private final UnusualPatterns patterns;
    private final Clock clock;

    AccessReview(JdbcClient jdbc, AccessLog accessLog, InstitutionRegister register, ReviewRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.register = register;
        this.rules = rules;
        this.patterns = new UnusualPatterns(jdbc, rules);
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
        SearchCondition where = SearchCondition.of(snapshot, true);
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
        SearchCondition where = SearchCondition.of(snapshot, true);
        List<LoggedRead> reads = jdbc.sql("select " + LoggedRead.COLUMNS + " from access_record r where "
                        + where.condition()
                        + " order by r.recorded_at desc, r.record_id desc offset :offset limit :limit")
                .params(where.parameters())
                .param("offset", Math.max(0, offset))
                .param("limit", limit)
                .query((row, n) -> LoggedRead.of(row))
                .list();
        if (reads.isEmpty()) {
            return List.of();
        }
        CaseId searched = snapshot.search().caseId();
        Set<String> named = new LinkedHashSet<>();
        reads.forEach(read -> named.addAll(namedFirst(read.caseIds(), searched)));
        Map<String, String> families = familyNames(named);
        Function<InstitutionId, String> institutions = institutionNames();
        Map<Long, Set<UnusualPattern>> flags = patterns.flags(reads, snapshot.upTo());
        List<AccessReviewRow> rows = reads.stream().map(read -> new AccessReviewRow(read.recordId(), read.at(),
                        read.actorId(), read.actorName(), read.roles(), read.institution(),
                        institutions.apply(read.institution()), read.view(),
                        namedFirst(read.caseIds(), searched).stream()
                                .map(id -> new NamedCase(new CaseId(id), families.get(id))).toList(),
                        read.caseIds().size(), read.categories(), read.purpose(),
                        flags.getOrDefault(read.recordId(), Set.of())))
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
        List<UnusualPatternRow> rows = new ArrayList<>(patterns.manyCasesWithoutTask(snapshot, institutions));
        rows.addAll(patterns.outsideWorkingHours(snapshot, institutions));
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
}
