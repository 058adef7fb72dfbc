package pl.asysta.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import pl.asysta.cases.readmodel.ReadModelProjection;

/**
 * Replays the event store, in its global order, through the live processor's own handlers into the copies of
 * the read-model tables. The handlers are the same code; they write with the application's {@code JdbcTemplate},
 * which during a batch finds the replay's own connection bound to the thread. That connection's search path is
 * {@link ShadowTables#SCHEMA} alone, so a table the projections did not declare is an error, never a write to the
 * live one. It is set once for the session, not per transaction: PostgreSQL plans a prepared statement again
 * whenever the search path was set anew, which made every batch three times slower.
 *
 * <p>Two threads share the work: one reads the store ({@link StoredEvents}) and turns the payloads into events,
 * the other hands them to the projections a thousand per transaction, whose writes reach PostgreSQL as a few
 * statements ({@code ProjectionWrites}: rows by {@code COPY}, since the unit of work says the tables were empty,
 * other statements batched); so reading, handling and PostgreSQL's own work overlap. Events are handled one
 * after the other, in the order live processing handled them, so lookups that read what an earlier event wrote
 * find the same rows. The copies are unlogged and their commits are not waited for: after a crash they are
 * rebuilt, not recovered.
 */
final class ShadowReplay implements AutoCloseable {

    static final int EVENTS_PER_TRANSACTION = 1_000;
    private static final int EVENTS_PER_READ = 1_000;

    /** An event read, and whether a projection handles it. */
    private record Fetched(TrackedEventMessage<?> message, long position, boolean handled) {
    }

    private final StoredEvents store;
    private final EventHandlerInvoker handlers;
    private final JdbcTemplate jdbc;
    private final BlockingQueue<Fetched> fetched = new ArrayBlockingQueue<>(4 * EVENTS_PER_TRANSACTION);
    private final Object limitChanged = new Object();
    private final Thread reader;
    private volatile long limit;
    /** Every stored event at or below this position has been put in the queue. */
    private volatile long delivered;
    private volatile Throwable readFailure;
    private volatile boolean closed;
    private long position;
    private long events;
    /** The replay's own connection, held from its first transaction on, so its statements stay prepared. */
    private Connection connection;

    ShadowReplay(StoredEvents store, EventHandlerInvoker handlers, JdbcTemplate jdbc) {
        this.store = store;
        this.handlers = handlers;
        this.jdbc = jdbc;
        this.reader = Thread.ofPlatform().name("read-model-rebuild-reader").daemon().unstarted(this::read);
        reader.start();
    }

    /** The global index of the last event replayed, 0 before the first. */
    long position() {
        return position;
    }

    /** How many events were replayed. */
    long events() {
        return events;
    }

    /**
     * Replays every event up to and including position {@code target}, which the live processor has reached,
     * telling {@code progress} after each transaction. Afterwards the copies stand at that position.
     */
    void replayUpTo(long target, Runnable progress) throws InterruptedException {
        raiseLimit(target);
        while (position < target) {
            List<Fetched> batch = nextBatch(target);
            if (batch.isEmpty()) {
                position = target;
                return;
            }
            handle(batch);
            position = batch.getLast().position();
            events += batch.size();
            progress.run();
        }
    }

    /** The next events, or none when every event up to the target has been replayed. */
    private List<Fetched> nextBatch(long target) throws InterruptedException {
        List<Fetched> batch = new ArrayList<>(EVENTS_PER_TRANSACTION);
        while (batch.isEmpty()) {
            boolean allDelivered = delivered >= target;
            Fetched first = fetched.poll(50, TimeUnit.MILLISECONDS);
            if (readFailure != null) {
                throw new IllegalStateException("the event store could not be read", readFailure);
            }
            if (first != null) {
                batch.add(first);
                fetched.drainTo(batch, EVENTS_PER_TRANSACTION - 1);
            } else if (allDelivered) {
                return batch;
            }
        }
        return batch;
    }

    private void handle(List<Fetched> batch) {
        List<TrackedEventMessage<?>> handled = batch.stream().filter(Fetched::handled).<TrackedEventMessage<?>>map(
                Fetched::message).toList();
        if (handled.isEmpty()) {
            return;
        }
        DataSource dataSource = jdbc.getDataSource();
        TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(connection()));
        try {
            BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(handled);
            unitOfWork.resources().put(ReadModelProjection.REPLAY_INTO_EMPTY_TABLES, Boolean.TRUE);
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
                handlers.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
                return null;
            }, RollbackConfigurationType.ANY_THROWABLE);
            if (result.isExceptional()) {
                throw new ReplayFailure(failedEvent(unitOfWork), result.exceptionResult());
            }
            connection.commit();
        } catch (SQLException | RuntimeException failure) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                failure.addSuppressed(ignored);
            }
            throw failure instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("the copies could not be written", failure);
        } finally {
            TransactionSynchronizationManager.unbindResource(dataSource);
        }
    }

    private Connection connection() {
        if (connection == null) {
            try {
                connection = jdbc.getDataSource().getConnection();
                try (Statement session = connection.createStatement()) {
                    session.execute("set search_path to " + ShadowTables.SCHEMA + "; set synchronous_commit to off");
                }
                connection.setAutoCommit(false);
            } catch (SQLException failure) {
                throw new IllegalStateException("no connection for the replay", failure);
            }
        }
        return connection;
    }

    private static String failedEvent(BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork) {
        return unitOfWork.getExecutionResults().entrySet().stream()
                .filter(entry -> entry.getValue().isExceptionResult())
                .map(entry -> describe((TrackedEventMessage<?>) entry.getKey()))
                .findFirst()
                .orElse("a batch ending at " + describe(unitOfWork.getMessages().getLast()));
    }

    private static String describe(TrackedEventMessage<?> message) {
        return "event " + positionOf(message) + " (" + message.getPayloadType().getSimpleName() + ")";
    }

    /** A projection failed on an event: the rebuild stops there and says which event. */
    static final class ReplayFailure extends RuntimeException {

        ReplayFailure(String event, Throwable cause) {
            super("the projections failed on " + event + ": " + cause.getMessage(), cause);
        }
    }

    private void raiseLimit(long target) {
        synchronized (limitChanged) {
            limit = Math.max(limit, target);
            limitChanged.notifyAll();
        }
    }

    /** The reader: fetches, deserialises what a projection handles, and never passes the limit. */
    private void read() {
        long read = 0;
        try {
            while (!closed) {
                long upTo = awaitLimitAbove(read);
                List<TrackedEventMessage<?>> chunk = store.read(read, upTo, EVENTS_PER_READ);
                for (TrackedEventMessage<?> next : chunk) {
                    boolean handled = handlers.canHandle(next, Segment.ROOT_SEGMENT);
                    if (handled) {
                        next.getPayload();
                    }
                    fetched.put(new Fetched(next, positionOf(next), handled));
                }
                read = chunk.size() < EVENTS_PER_READ ? upTo : positionOf(chunk.getLast());
                delivered = read;
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        } catch (Throwable failure) {
            if (!closed) {
                readFailure = failure;
            }
        }
    }

    private long awaitLimitAbove(long read) throws InterruptedException {
        synchronized (limitChanged) {
            while (limit <= read) {
                limitChanged.wait();
            }
            return limit;
        }
    }

    private static long positionOf(TrackedEventMessage<?> message) {
        return message.trackingToken().position().orElseThrow();
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        if (connection != null) {
            try (Connection held = connection; Statement session = held.createStatement()) {
                held.rollback();
                held.setAutoCommit(true);
                session.execute("reset search_path; reset synchronous_commit");
            } catch (SQLException notReset) {
                abandon(connection);
            }
        }
    }

    /** A connection that may still look at the copies must not go back to the pool: it is dropped instead. */
    private static void abandon(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException ignored) {
            // already broken, and so never handed out again
        }
    }
}
