package pl.asysta.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Nobody, not even the schema owner, can change, delete or truncate a stored event. */
@SpringBootTest
class EventHistoryIsAppendOnlyTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private long stored;

    @BeforeEach
    void storeAnEvent() {
        transactions.executeWithoutResult(status -> eventStore.publish(List.of(
                new GenericDomainEventMessage<>("AppendOnlyProbe", "append-only-" + System.nanoTime(), 0,
                        new OrderingProbe.ProbeWritten("written once")))));
        stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(stored).isPositive();
    }

    @Test
    void an_update_of_a_stored_event_is_refused() {
        assertThatThrownBy(() -> jdbc.update("update domain_event_entry set payload_type = 'forged'"))
                .rootCause().hasMessageContaining("The event history is append-only");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type = 'forged'",
                Long.class)).isZero();
    }

    @Test
    void a_delete_of_a_stored_event_is_refused() {
        assertThatThrownBy(() -> jdbc.update("delete from domain_event_entry"))
                .rootCause().hasMessageContaining("The event history is append-only");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(stored);
    }

    @Test
    void truncating_the_event_table_is_refused() {
        assertThatThrownBy(() -> jdbc.execute("truncate domain_event_entry"))
                .rootCause().hasMessageContaining("The event history is append-only");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(stored);
    }

    @Test
    void positions_and_snapshots_stay_writable() {
        jdbc.update("insert into token_entry (processor_name, segment, timestamp) values ('append-only-probe', 0, 'now')");
        assertThat(jdbc.update("update token_entry set owner = 'me' where processor_name = 'append-only-probe'")).isOne();
        assertThat(jdbc.update("delete from token_entry where processor_name = 'append-only-probe'")).isOne();
    }
}
