package pl.asysta.cases.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * The case's shared chronology as the screens read it: every feature's projection adds its entries to the one
 * timeline, each tagged with its data category and its author's institution, and a reader sees only the entries
 * of the categories they may read in the open {@link CaseFile}.
 */
@Service
@Transactional(readOnly = true)
public class TimelineQueries {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final CaseFiles caseFiles;

    TimelineQueries(JdbcClient jdbc, AccessPolicy policy, CaseFiles caseFiles) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.caseFiles = caseFiles;
    }

    /** Opens the file and reads a page of its timeline in one step: one access record per call. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<TimelineRow> page(CaseId caseId, TimelineFilter filter, int offset, int limit, Actor actor) {
        return caseFiles.open(caseId, actor).map(file -> page(file, filter, offset, limit)).orElse(List.of());
    }

    /** Opens the file and counts its timeline in one step: one access record per call. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int count(CaseId caseId, TimelineFilter filter, Actor actor) {
        return caseFiles.open(caseId, actor).map(file -> count(file, filter)).orElse(0);
    }

    /**
     * How far the read side has followed the case: the position of its newest timeline entry, 0 when none or
     * when the actor may not see the case. A number and no case data, so it needs no access record; screens use
     * it to wait until what a person just did has reached the read side.
     */
    public long readSidePosition(CaseId caseId, Actor actor) {
        if (!policy.decide(caseId, actor).seesCase()) {
            return 0;
        }
        return jdbc.sql("select coalesce(max(position), 0) from case_timeline where case_id = :caseId")
                .param("caseId", caseId.value())
                .query(Long.class)
                .single();
    }

    /** A page of the case's chronology, newest first; {@code offset} and {@code limit} count entries. */
    public List<TimelineRow> page(CaseFile file, TimelineFilter filter, int offset, int limit) {
        CaseId caseId = file.caseId();
        Optional<TimelineQuery> query = timelineQuery(file, filter);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select position, occurred_on, recorded_at, entry_type, category, author_id, author_name,
                            author_role, author_institution, subject, body
                        from case_timeline t where\s""" + query.get().condition()
                        + " order by position desc offset :offset limit :limit")
                .params(query.get().parameters())
                .param("offset", Math.max(0, offset))
                .param("limit", limit)
                .query((row, n) -> new TimelineRow(row.getLong("position"), caseId, date(row, "occurred_on"),
                        instant(row, "recorded_at"), row.getString("entry_type"),
                        DataCategory.valueOf(row.getString("category")), new UserId(row.getString("author_id")),
                        row.getString("author_name"), Role.valueOf(row.getString("author_role")),
                        new InstitutionId(row.getString("author_institution")), row.getString("subject"),
                        row.getString("body")))
                .list();
    }

    /** How many entries {@link #page} holds for this filter, for lazy loading. */
    public int count(CaseFile file, TimelineFilter filter) {
        return timelineQuery(file, filter)
                .map(query -> jdbc.sql("select count(*) from case_timeline t where " + query.condition())
                        .params(query.parameters())
                        .query(Integer.class)
                        .single())
                .orElse(0);
    }

    /** The institutions whose staff recorded entries on the case, to offer as a timeline filter. */
    public List<InstitutionId> institutions(CaseFile file) {
        return timelineQuery(file, TimelineFilter.ALL)
                .map(query -> jdbc.sql("select distinct author_institution from case_timeline t where "
                                + query.condition() + " order by author_institution")
                        .params(query.parameters())
                        .query((row, n) -> new InstitutionId(row.getString(1)))
                        .list())
                .orElse(List.of());
    }

    private record TimelineQuery(String condition, Map<String, Object> parameters) {
    }

    /**
     * The timeline rows of a case that pass the filter and the actor's categories; empty when the actor may not
     * see the case or the filter leaves no category they may see.
     */
    private Optional<TimelineQuery> timelineQuery(CaseFile file, TimelineFilter filter) {
        CaseId caseId = file.caseId();
        Set<DataCategory> allowed = caseFiles.categories(file);
        Set<DataCategory> categories = filter.categories().isEmpty() ? allowed
                : filter.categories().stream().filter(allowed::contains).collect(Collectors.toSet());
        if (categories.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder condition = new StringBuilder("t.case_id = :caseId");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("caseId", caseId.value());
        if (categories.size() < DataCategory.values().length) {
            condition.append(" and t.category in (:categories)");
            parameters.put("categories", categories.stream().map(Enum::name).sorted().toList());
        }
        if (!filter.types().isEmpty()) {
            condition.append(" and t.entry_type in (:types)");
            parameters.put("types", filter.types().stream().sorted().toList());
        }
        if (filter.authorInstitution() != null) {
            condition.append(" and t.author_institution = :institution");
            parameters.put("institution", filter.authorInstitution().value());
        }
        return Optional.of(new TimelineQuery(condition.toString(), parameters));
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
