package pl.asysta.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two writers that decided on the same version of a case (two portal nodes, say) cannot both append: the
 * second gets Axon's {@link ConcurrencyException}, which the portal turns into a "someone changed this case"
 * message, and the stream keeps only the first writer's event.
 */
@SpringBootTest
class ConcurrentAppendsToOneStreamTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_second_append_at_the_same_position_is_a_concurrency_conflict() {
        String stream = "conflict-" + System.nanoTime();
        append(stream, 0, "opened");
        append(stream, 1, "first writer");

        assertThatThrownBy(() -> append(stream, 1, "second writer"))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, stream))
                .isEqualTo(2);
        assertThat(eventStore.readEvents(stream).asStream().map(m -> ((OrderingProbe.ProbeWritten) m.getPayload()).writeId()))
                .containsExactly("opened", "first writer");
    }

    @Test
    void a_second_stream_with_the_same_identity_cannot_be_created() {
        String stream = "twice-" + System.nanoTime();
        append(stream, 0, "created");

        assertThatThrownBy(() -> append(stream, 0, "created again"))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    private void append(String stream, long sequence, String what) {
        transactions.executeWithoutResult(status -> eventStore.publish(List.of(
                new GenericDomainEventMessage<>("ConflictProbe", stream, sequence, new OrderingProbe.ProbeWritten(what)))));
    }
}
