package pl.asysta.cases.familycase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.shared.UserId;

/** Values of the case read model's columns as the queries of the case file and of the work lists map them. */
final class CaseColumns {

    private CaseColumns() {
    }

    static ActionOwner owner(ResultSet row) throws SQLException {
        return new ActionOwner(ActionOwner.Kind.valueOf(row.getString("owner_kind")), row.getString("owner_name"),
                row.getString("owner_reference"));
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static UserId userId(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : new UserId(value);
    }
}
