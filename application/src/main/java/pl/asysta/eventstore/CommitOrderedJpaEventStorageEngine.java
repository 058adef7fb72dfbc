package pl.asysta.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.hibernate.Session;

/**
 * Axon's JPA storage engine made safe for streaming processors (ADR 0002). Axon 4 reads events by global
 * index, and an index drawn by a transaction that commits late is skipped for good once Axon's gap timeout passes.
 * Here a reader never looks past the <em>settled horizon</em>: the highest index drawn so far, measured at a
 * moment when no append is in flight, so that every index at or below it is either committed or rolled back.
 *
 * <p>Appends hold a shared advisory lock from before they draw an index until their commit; any number of them
 * run and commit together, so PostgreSQL can group their commits. Measuring the horizon takes the same lock
 * exclusively for an instant, which waits only for the commits already under way.
 *
 * <p>Each appended event gets its link in its stream's hash chain in the same transaction (ADR 0014), so no
 * event is committed without one, and the command being handled learns each event's position ({@link Recorded}).
 * Apart from that, appending does what Axon's own engine does: persist the entries, flush, and turn a duplicate
 * (aggregate, sequence) into Axon's concurrency exception.
 */
class CommitOrderedJpaEventStorageEngine extends JpaEventStorageEngine {

    /** Arbitrary, fixed key of the append lock: the bytes of "ASYSTAEV". */
    static final long APPEND_LOCK_KEY = 0x4153595354414556L;

    private static final String HORIZON_SQL = """
            select pg_advisory_lock(?), (select case when is_called then last_value else 0 end
                                         from domain_event_global_index_seq), pg_advisory_unlock(?)""";

    private static final long MIN_HORIZON_INTERVAL_NANOS = 20_000_000L;

    private final TransactionManager transactionManager;
    private final DataSource dataSource;
    /** Every index at or below this one was settled (committed or rolled back) when it was measured. */
    private volatile long knownHorizon;
    private long lastMeasuredAt = System.nanoTime() - MIN_HORIZON_INTERVAL_NANOS;

    CommitOrderedJpaEventStorageEngine(Builder builder, TransactionManager transactionManager, DataSource dataSource) {
        super(builder.transactionManager(transactionManager));
        this.transactionManager = transactionManager;
        this.dataSource = dataSource;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            EntityManager entityManager = entityManager();
            entityManager
                    .createNativeQuery("select 1 from pg_advisory_xact_lock_shared(:key)")
                    .setParameter("key", APPEND_LOCK_KEY)
                    .getSingleResult();
            try {
                List<ChainLinkWriter.Appended> appended = new ArrayList<>(events.size());
                for (EventMessage<?> event : events) {
                    Object entry = createEventEntity(event, serializer);
                    entityManager.persist(entry);
                    long globalIndex = globalIndexOf(entityManager, entry);
                    appended.add(new ChainLinkWriter.Appended(globalIndex, domainEventData(entry), event));
                    Recorded.Collector.appended(globalIndex, event.getPayloadType());
                }
                entityManager.flush();
                entityManager.unwrap(Session.class).doWork(connection -> ChainLinkWriter.link(connection, appended));
            } catch (Exception e) {
                handlePersistenceException(e, events.get(0));
            }
        });
    }

    /**
     * The index drawn for a persisted entry: the global index sequence hands out one value per entry as it is
     * persisted (allocation size 1, {@code META-INF/orm.xml}).
     */
    private static long globalIndexOf(EntityManager entityManager, Object entry) {
        return (Long) entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entry);
    }

    @SuppressWarnings("unchecked")
    private static DomainEventData<byte[]> domainEventData(Object entry) {
        return (DomainEventData<byte[]>) entry;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        // A horizon limits only reads that start after it was measured: capture it before reading.
        long horizon = knownHorizon;
        List<? extends TrackedEventData<?>> fetched = super.fetchTrackedEvents(lastToken, batchSize);
        if (fetched.isEmpty() || lastIndexOf(fetched) <= horizon) {
            return fetched;
        }
        horizon = advanceHorizon();
        return settledPrefix(super.fetchTrackedEvents(lastToken, batchSize), horizon);
    }

    @Override
    public TrackingToken createHeadToken() {
        advanceHorizon();
        return super.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        advanceHorizon();
        return super.createTokenAt(dateTime);
    }

    /**
     * Measures the horizon, at most once per {@link #MIN_HORIZON_INTERVAL_NANOS}: each measurement makes new
     * appends wait for the commits under way, so under load it is taken a few dozen times a second, not once
     * per commit.
     */
    private synchronized long advanceHorizon() {
        long wait = lastMeasuredAt + MIN_HORIZON_INTERVAL_NANOS - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
        knownHorizon = Math.max(knownHorizon, settledHorizon());
        lastMeasuredAt = System.nanoTime();
        return knownHorizon;
    }

    /**
     * The highest global index such that no transaction that drew an index at or below it is still open. Runs
     * on its own connection in auto-commit, so the barrier never lasts longer than this statement, whatever
     * transaction the caller is in.
     */
    private long settledHorizon() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(HORIZON_SQL)) {
            connection.setAutoCommit(true);
            statement.setLong(1, APPEND_LOCK_KEY);
            statement.setLong(2, APPEND_LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(2);
            }
        } catch (SQLException e) {
            throw new EventStoreException("Could not read the settled horizon of the event store", e);
        }
    }

    private static List<? extends TrackedEventData<?>> settledPrefix(List<? extends TrackedEventData<?>> fetched,
                                                                     long horizon) {
        int settled = 0;
        while (settled < fetched.size() && indexOf(fetched.get(settled)) <= horizon) {
            settled++;
        }
        return fetched.subList(0, settled);
    }

    private static long lastIndexOf(List<? extends TrackedEventData<?>> fetched) {
        return indexOf(fetched.get(fetched.size() - 1));
    }

    private static long indexOf(TrackedEventData<?> data) {
        return ((GapAwareTrackingToken) data.trackingToken()).getIndex();
    }
}
