package pl.asysta.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guarantee of ADR 0002: however writers interleave, a tracking and a pooled processor tailing the store
 * see every committed event exactly once, in global order, and never an event whose transaction rolled back.
 *
 * <p>The storage engine is told to give up on gaps almost at once (1 ms, cleaned on every fetch). That is the
 * setting under which Axon's plain JPA engine loses events written by slow, interleaved transactions
 * (docs/stack-pitfalls.md); no reader looks past the settled horizon, so no gap it sees stands for an event still
 * to come, and nothing is lost.
 */
@SpringBootTest(properties = {
        "axon.eventhandling.processors.ordering-probe-tracking.mode=tracking",
        "axon.eventhandling.processors.ordering-probe-pooled.mode=pooled",
        "axon.eventhandling.processors.ordering-probe-pooled.thread-count=2",
        "axon.eventhandling.processors.ordering-probe-pooled.initial-segment-count=1"})
@Import(GlobalOrderEqualsCommitOrderTest.Probes.class)
class GlobalOrderEqualsCommitOrderTest {

    private static final int WRITERS = 12;
    private static final int TRANSACTIONS_PER_WRITER = 25;

    @TestConfiguration
    static class Probes {
        @Bean
        OrderingProbe.Tracking trackingProbe() {
            return new OrderingProbe.Tracking();
        }

        @Bean
        OrderingProbe.Pooled pooledProbe() {
            return new OrderingProbe.Pooled();
        }
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OrderingProbe.Tracking tracking;
    @Autowired
    OrderingProbe.Pooled pooled;

    @BeforeEach
    void giveUpOnGapsAlmostImmediately() {
        JpaEventStorageEngine engine = (JpaEventStorageEngine) storageEngine;
        engine.setGapTimeout(1);
        engine.setGapCleaningThreshold(0);
    }

    @Test
    void processors_see_every_committed_event_once_and_in_order_whatever_the_interleaving() throws Exception {
        Set<String> committed = ConcurrentHashMap.newKeySet();
        Set<String> rolledBack = ConcurrentHashMap.newKeySet();

        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            String stream = "ordering-" + w;
            writers.submit(() -> writeSlowly(stream, committed, rolledBack));
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(3, TimeUnit.MINUTES)).as("writers finished").isTrue();
        assertThat(committed).hasSizeGreaterThan(WRITERS * TRANSACTIONS_PER_WRITER);
        assertThat(rolledBack).isNotEmpty();

        for (OrderingProbe probe : List.of(tracking, pooled)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(probe.seen().stream().map(OrderingProbe.Seen::writeId).toList())
                            .as("%s: committed events not delivered (skipped)", probe.getClass())
                            .containsAll(committed));
            List<OrderingProbe.Seen> seen = probe.seen();
            List<String> ids = seen.stream().map(OrderingProbe.Seen::writeId).toList();
            assertThat(ids).as("%s: each committed event exactly once, nothing rolled back", probe.getClass())
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(committed)
                    .doesNotContainAnyElementsOf(rolledBack);
            assertThat(seen.stream().mapToLong(OrderingProbe.Seen::globalIndex).toArray())
                    .as("%s: delivered in global order", probe.getClass())
                    .isSorted();
        }
    }

    /**
     * One writer: transactions of one to three events that stay open a random while after appending (as a slow
     * command would), and one in ten rolled back after appending.
     */
    private void writeSlowly(String stream, Set<String> committed, Set<String> rolledBack) {
        long[] sequence = {0};
        for (int t = 0; t < TRANSACTIONS_PER_WRITER; t++) {
            String transaction = stream + "/" + t;
            boolean rollBack = t % 10 == 7;
            List<String> ids = new ArrayList<>();
            try {
                transactions.executeWithoutResult(status -> {
                    List<DomainEventMessage<?>> events = new ArrayList<>();
                    IntStream.range(0, 1 + ThreadLocalRandom.current().nextInt(3)).forEach(i -> {
                        String id = transaction + "/" + i;
                        ids.add(id);
                        events.add(new GenericDomainEventMessage<>("OrderingProbe", stream, sequence[0] + i,
                                new OrderingProbe.ProbeWritten(id)));
                    });
                    eventStore.publish(events);
                    holdTheTransactionOpen();
                    if (rollBack) {
                        status.setRollbackOnly();
                    }
                });
            } finally {
                if (rollBack) {
                    rolledBack.addAll(ids);
                } else {
                    committed.addAll(ids);
                    sequence[0] += ids.size();
                }
            }
        }
    }

    /** Simulated slow work between the append and the commit; not a synchronisation device. */
    private static void holdTheTransactionOpen() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(12));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
