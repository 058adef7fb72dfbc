package pl.asysta.accessreview;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import pl.asysta.cases.access.AccessView;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.UserId;

/** A record of the access log as stored, before the review adds the families' and institutions' names and flags. */
record LoggedRead(long recordId, Instant at, UserId actorId, String actorName, List<String> roles,
                  InstitutionId institution, AccessView view, List<String> caseIds, Set<DataCategory> categories,
                  String purpose) {

    /** The columns {@link #of} reads, of the access records {@code r}. */
    static final String COLUMNS = """
            r.record_id, r.recorded_at, r.actor_id, r.actor_name, r.actor_roles, r.institution, r.view_name,
            r.case_ids, r.categories, r.purpose""";

    static LoggedRead of(ResultSet row) throws SQLException {
        Array cases = row.getArray("case_ids");
        String roles = row.getString("actor_roles");
        return new LoggedRead(row.getLong("record_id"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                new UserId(row.getString("actor_id")), row.getString("actor_name"),
                roles.isBlank() ? List.of() : List.of(roles.split(",")),
                new InstitutionId(row.getString("institution")), AccessView.valueOf(row.getString("view_name")),
                cases == null ? List.of() : Arrays.asList((String[]) cases.getArray()),
                categories(row.getString("categories")), row.getString("purpose"));
    }

    /** The data categories as the log stores them: their names, comma-separated. */
    static Set<DataCategory> categories(String stored) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        Arrays.stream(stored.split(",")).filter(value -> !value.isBlank()).map(DataCategory::valueOf)
                .forEach(categories::add);
        return categories;
    }

    /** An opening of a family's file, the kind of read the pattern of many families without a task counts. */
    boolean opensCaseFile() {
        return view == AccessView.CASE_FILE && !caseIds.isEmpty();
    }
}
