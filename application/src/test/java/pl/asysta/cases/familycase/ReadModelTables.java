package pl.asysta.cases.familycase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;


/** The contents of the case read-model tables, in a stable order, to compare two states of the read model. */
public final class ReadModelTables {

    private ReadModelTables() {
    }

    /** Every row of every table. */
    public static Map<String, List<Map<String, Object>>> all(JdbcTemplate jdbc) {
        return select(jdbc, "true", "true");
    }

    /** The rows that belong to the given cases (and the assistants of {@code centre}). */
    public static Map<String, List<Map<String, Object>>> ofCases(JdbcTemplate jdbc, List<String> caseIds, String centre) {
        String cases = "case_id in (" + String.join(", ", caseIds.stream().map(id -> "'" + id + "'").toList()) + ")";
        return select(jdbc, cases, "centre = '" + centre + "'");
    }

    private static Map<String, List<Map<String, Object>>> select(JdbcTemplate jdbc, String caseCondition,
                                                                 String centreCondition) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : CaseProjection.TABLES) {
            List<String> columns = jdbc.queryForList("""
                    select column_name from information_schema.columns where table_name = ?
                    order by ordinal_position""", String.class, table);
            String condition = columns.contains("case_id") ? caseCondition : centreCondition;
            tables.put(table, jdbc.queryForList("select * from " + table + " where " + condition + " order by "
                    + String.join(", ", columns)));
        }
        return tables;
    }
}
