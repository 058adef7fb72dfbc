package pl.asysta.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.domain.AccessBasis;
import pl.asysta.eventstore.EventChain;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.staff.StaffDirectory;
import pl.asysta.staff.StaffMember;
import pl.asysta.time.ClockConfiguration;

/**
 * The auditor's event browser (ADR 0014): auditors read every case, the event stream and the access log
 * (docs/access-matrix.md). Only auditors may ask; anyone else is refused as for a command their role does not
 * allow. Every page of events, and every page of families offered by the case filter, is recorded in the access
 * log before it is returned ({@link AccessView#EVENT_STREAM} with the cases of the events shown, in every
 * category: a payload may hold any); the lists of types, authors and institutions name no family and are not
 * recorded.
 */
@Service
@Transactional(readOnly = true)
public class EventStreamQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String COLUMNS = """
            e.global_index, e.aggregate_identifier, e.sequence_number, e.payload_type, e.event_identifier,
            e.time_stamp, e.payload, c.previous_hash, c.hash, c.recorded_at, c.case_id, c.author_id,
            c.author_institution, s.family_name""";

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final InstitutionRegister institutions;
    private final StaffDirectory staff;

    EventStreamQueries(JdbcClient jdbc, AccessLog accessLog, InstitutionRegister institutions, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.institutions = institutions;
        this.staff = staff;
    }

    /**
     * A page of the events the filter selects, in global order (the order they were stored), recorded as read
     * before it is returned.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<StoredEventRow> events(EventFilter filter, int offset, int limit, Actor actor) {
        requireAuditor(actor);
        if (filter.periodReversed() || limit <= 0) {
            return List.of();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = conditions(filter, parameters);
        parameters.put("offset", offset);
        parameters.put("limit", limit);
        Names names = new Names();
        List<StoredEventRow> rows = jdbc.sql("select " + COLUMNS + """
                         from domain_event_entry e
                        left join event_chain c on c.global_index = e.global_index
                        left join case_summary s on s.case_id = c.case_id
                        """ + where + " order by e.global_index limit :limit offset :offset")
                .params(parameters)
                .query((row, n) -> row(row, names))
                .list();
        if (!rows.isEmpty()) {
            accessLog.record(actor, AccessView.EVENT_STREAM,
                    rows.stream().map(StoredEventRow::caseId).filter(Objects::nonNull).distinct().toList(),
                    EnumSet.allOf(DataCategory.class), AccessBasis.AUDIT.name(), null);
        }
        return rows;
    }

    /** How many events the filter selects: a number, no case data, so it is not recorded. */
    public int count(EventFilter filter, Actor actor) {
        requireAuditor(actor);
        if (filter.periodReversed()) {
            return 0;
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = conditions(filter, parameters);
        return jdbc.sql("select count(*) from domain_event_entry e left join event_chain c "
                        + "on c.global_index = e.global_index " + where)
                .params(parameters)
                .query(Integer.class)
                .single();
    }

    /** The event types in the store, by name. */
    public List<Choice> eventTypes(Actor actor) {
        requireAuditor(actor);
        return jdbc.sql("select payload_type from domain_event_entry group by payload_type")
                .query(String.class)
                .list().stream()
                .map(type -> new Choice(type, StoredEventRow.simpleName(type)))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
    }

    /** The people who recorded events, with the names the staff directory knows, by name. */
    public List<Choice> authors(Actor actor) {
        requireAuditor(actor);
        Map<String, String> people = new HashMap<>();
        staff.all().forEach(member -> people.putIfAbsent(member.userId().value(), member.displayName()));
        return jdbc.sql("select author_id from event_chain where author_id is not null group by author_id")
                .query(String.class)
                .list().stream()
                .map(id -> new Choice(id, people.getOrDefault(id, id)))
                .sorted(Comparator.comparing(Choice::label).thenComparing(Choice::value))
                .toList();
    }

    /** The institutions whose staff recorded events, with their registered names, by name. */
    public List<Choice> institutions(Actor actor) {
        requireAuditor(actor);
        Map<String, String> known = institutionNames();
        return jdbc.sql("select author_institution from event_chain where author_institution is not null "
                        + "group by author_institution")
                .query(String.class)
                .list().stream()
                .map(id -> new Choice(id, known.getOrDefault(id, id)))
                .sorted(Comparator.comparing(Choice::label).thenComparing(Choice::value))
                .toList();
    }

    /**
     * Families whose name or case number contains {@code search}, by name, a page at a time, for the case
     * filter. They name families, so each page is recorded as a list of cases read.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<Choice> cases(String search, int offset, int limit, Actor actor) {
        requireAuditor(actor);
        String pattern = "%" + (search == null ? "" : search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        List<Choice> found = jdbc.sql("""
                        select case_id, family_name from case_summary
                        where lower(family_name) like :pattern or lower(case_id) like :pattern
                        order by family_name, case_id limit :limit offset :offset""")
                .param("pattern", pattern)
                .param("limit", limit)
                .param("offset", offset)
                .query((row, n) -> new Choice(row.getString(1), row.getString(2)))
                .list();
        if (!found.isEmpty()) {
            accessLog.record(actor, AccessView.CASE_LIST, found.stream().map(choice -> new CaseId(choice.value()))
                    .toList(), EnumSet.of(DataCategory.BASIC), AccessBasis.AUDIT.name(), null);
        }
        return found;
    }

    private static void requireAuditor(Actor actor) {
        if (actor == null || !actor.hasRole(Role.AUDITOR)) {
            throw new DomainRuleViolation("case.role-not-allowed");
        }
    }

    private static String conditions(EventFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.caseId() != null) {
            conditions.add("c.case_id = :caseId");
            parameters.put("caseId", filter.caseId().value());
        }
        if (filter.eventType() != null) {
            conditions.add("e.payload_type = :eventType");
            parameters.put("eventType", filter.eventType());
        }
        if (filter.author() != null) {
            conditions.add("c.author_id = :author");
            parameters.put("author", filter.author().value());
        }
        if (filter.institution() != null) {
            conditions.add("c.author_institution = :institution");
            parameters.put("institution", filter.institution().value());
        }
        if (filter.from() != null) {
            conditions.add("c.recorded_at >= :from");
            parameters.put("from", filter.from().atStartOfDay(ClockConfiguration.CENTRE_ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            conditions.add("c.recorded_at < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(ClockConfiguration.CENTRE_ZONE)
                    .toOffsetDateTime());
        }
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }

    private StoredEventRow row(ResultSet row, Names names) throws SQLException {
        String caseId = row.getString("case_id");
        String authorId = row.getString("author_id");
        String institution = row.getString("author_institution");
        OffsetDateTime recordedAt = row.getObject("recorded_at", OffsetDateTime.class);
        List<PayloadField> payload = payload(row.getBytes("payload"), names);
        String authorName = authorId == null ? null : recordedName(payload).orElse(names.person(authorId));
        return new StoredEventRow(row.getLong("global_index"), row.getString("aggregate_identifier"),
                row.getLong("sequence_number"), row.getString("payload_type"), row.getString("event_identifier"),
                recordedAt != null ? recordedAt.toInstant()
                        : Instant.parse(row.getString("time_stamp")),
                caseId == null ? null : new CaseId(caseId), row.getString("family_name"),
                authorId == null ? null : new UserId(authorId), authorName,
                institution == null ? null : new InstitutionId(institution),
                institution == null ? null : names.institution(institution), payload,
                EventChain.hex(row.getBytes("previous_hash")), EventChain.hex(row.getBytes("hash")));
    }

    /** The author's name as the event recorded it ({@code recordedBy.displayName}). */
    private static Optional<String> recordedName(List<PayloadField> payload) {
        return payload.stream().filter(field -> field.name().equals("recordedBy"))
                .flatMap(field -> field.fields().stream())
                .filter(field -> field.name().equals("displayName") && field.value() != null)
                .map(PayloadField::value)
                .findFirst();
    }

    /** The payload's fields; a payload that is not JSON is shown as one field holding its text. */
    static List<PayloadField> payload(byte[] payload, Names names) {
        try {
            JsonNode root = JSON.readTree(payload);
            if (root != null && root.isObject()) {
                return fields(root, names);
            }
        } catch (IOException notJson) {
            // shown as text below
        }
        return List.of(new PayloadField("payload", new String(payload, StandardCharsets.UTF_8), null, List.of()));
    }

    private static List<PayloadField> fields(JsonNode node, Names names) {
        List<PayloadField> fields = new ArrayList<>();
        if (node.isArray()) {
            int index = 1;
            for (JsonNode item : node) {
                fields.add(field(Integer.toString(index++), item, names));
            }
            return fields;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            fields.add(field(entry.getKey(), entry.getValue(), names));
        }
        return fields;
    }

    private static PayloadField field(String name, JsonNode value, Names names) {
        if (value.isObject() && value.size() == 1 && value.has("value") && value.get("value").isValueNode()) {
            value = value.get("value");
        }
        if (value.isContainerNode()) {
            return new PayloadField(name, null, null, fields(value, names));
        }
        String text = value.isNull() ? null : value.asText();
        return new PayloadField(name, text, text == null ? null : names.known(text), List.of());
    }

    private Map<String, String> institutionNames() {
        Map<String, String> known = new HashMap<>();
        institutions.all().forEach(institution -> known.put(institution.id().value(), institution.name()));
        return known;
    }

    /** The names the portal knows for the identifiers in a page of events, looked up once per page. */
    final class Names {

        private Map<String, String> institutions;
        private Map<String, String> people;

        String institution(String id) {
            return institutions().getOrDefault(id, id);
        }

        String person(String id) {
            return people().getOrDefault(id, id);
        }

        /** An institution's or a person's name for an identifier; {@code null} for any other value. */
        String known(String value) {
            String name = institutions().get(value);
            return name != null ? name : people().get(value);
        }

        private Map<String, String> institutions() {
            if (institutions == null) {
                institutions = institutionNames();
            }
            return institutions;
        }

        private Map<String, String> people() {
            if (people == null) {
                people = new HashMap<>();
                for (StaffMember member : staff.all()) {
                    people.putIfAbsent(member.userId().value(), member.displayName());
                }
            }
            return people;
        }
    }
}
