package pl.asysta.cases.court;

import java.sql.Array;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import pl.asysta.cases.court.domain.CasePosition;
import pl.asysta.cases.sharing.domain.SharingLedgerId;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;

/**
 * {@link CaseFilePositions} read from the event table in the current transaction. Which referral and court
 * request streams belong to the case is known from the read model (a stream's events name their case only in
 * their payload); their positions, and those of the case and its ledger, come from the event store itself. The
 * newest event of each stream is found through the (stream, sequence) key, so the cost does not grow with the
 * store.
 */
@Component
class EventStoreCaseFilePositions implements CaseFilePositions {

    private final JdbcTemplate jdbc;

    EventStoreCaseFilePositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CasePosition now(CaseId caseId) {
        List<String> streams = new ArrayList<>(List.of(caseId.value(), new SharingLedgerId(caseId).toString()));
        streams.addAll(jdbc.queryForList("select referral_id from referral where case_id = ?", String.class,
                caseId.value()));
        streams.addAll(jdbc.queryForList("select request_id from court_opinion_request where case_id = ?",
                String.class, caseId.value()));
        List<CasePosition> newest = jdbc.execute((java.sql.Connection connection) -> {
            Array ids = connection.createArrayOf("varchar", streams.toArray());
            try (var statement = connection.prepareStatement("""
                    select e.global_index, e.time_stamp
                    from unnest(?) as stream(id)
                    cross join lateral (
                        select global_index, time_stamp from domain_event_entry
                        where aggregate_identifier = stream.id
                        order by sequence_number desc limit 1) e
                    order by e.global_index desc limit 1""")) {
                statement.setArray(1, ids);
                try (var rows = statement.executeQuery()) {
                    List<CasePosition> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(new CasePosition(rows.getLong(1), Instant.parse(rows.getString(2))));
                    }
                    return found;
                }
            }
        });
        if (newest == null || newest.isEmpty()) {
            throw new DomainRuleViolation("case.not-found");
        }
        return newest.getFirst();
    }
}
