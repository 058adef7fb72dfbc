package pl.asysta.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The stored form of events is readable with plain SQL and stamped in UTC. */
@SpringBootTest
class EventStoreSchemaTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void binary_columns_are_bytea_never_large_objects() {
        List<String> types = jdbc.queryForList("""
                select data_type from information_schema.columns
                where table_name in ('domain_event_entry', 'snapshot_event_entry', 'token_entry', 'saga_entry')
                  and column_name in ('payload', 'meta_data', 'token', 'serialized_saga')""", String.class);
        assertThat(types).hasSize(6).containsOnly("bytea");
    }

    @Test
    void the_global_index_comes_from_its_own_sequence_one_at_a_time() {
        assertThat(jdbc.queryForObject(
                "select increment_by from pg_sequences where sequencename = 'domain_event_global_index_seq'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void events_are_stored_as_readable_json_with_a_utc_timestamp() {
        String stream = "schema-" + System.nanoTime();
        transactions.executeWithoutResult(status -> eventStore.publish(List.of(
                new GenericDomainEventMessage<>("SchemaProbe", stream, 0, new OrderingProbe.ProbeWritten("zażółć gęślą jaźń")))));

        var row = jdbc.queryForMap(
                "select convert_from(payload, 'UTF8') as json, time_stamp from domain_event_entry where aggregate_identifier = ?",
                stream);
        assertThat((String) row.get("json")).contains("\"writeId\":\"zażółć gęślą jaźń\"");
        assertThat((String) row.get("time_stamp")).endsWith("Z");
        assertThat(Instant.parse((String) row.get("time_stamp"))).isNotNull();
    }
}
