package pl.asysta.eventstore;

import java.util.List;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JPA storage engine, except that every append first takes one transaction-scoped PostgreSQL advisory
 * lock. The global sequence is drawn only while the lock is held and the lock is released only at commit, so a
 * transaction that draws a higher global index always commits after every transaction that drew a lower one.
 * A tracking or pooled processor can then never see index {@code n+1} before {@code n} has committed, which is
 * how Axon's gap handling can otherwise lose an event (ADR 0002).
 */
class CommitOrderedJpaEventStorageEngine extends JpaEventStorageEngine {

    /** Arbitrary, fixed key of the append lock: the bytes of "ASYSTAEV". */
    static final long APPEND_LOCK_KEY = 0x4153595354414556L;

    private final TransactionManager transactionManager;

    CommitOrderedJpaEventStorageEngine(Builder builder, TransactionManager transactionManager) {
        super(builder.transactionManager(transactionManager));
        this.transactionManager = transactionManager;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            entityManager()
                    .createNativeQuery("select 1 from pg_advisory_xact_lock(:key)")
                    .setParameter("key", APPEND_LOCK_KEY)
                    .getSingleResult();
            super.appendEvents(events, serializer);
        });
    }
}
