package pl.asysta.rebuild;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModelProjection;
import pl.asysta.rebuild.domain.RebuildRules;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;

/**
 * Rebuilds the case read model from the event store and proves that it equals the live one (issue 7, ADR 0016).
 *
 * <p>The live tables keep serving the portal throughout: the store is replayed into copies of them
 * ({@link ShadowTables}, {@link ShadowReplay}) by the live processor's own handlers. The copies are then compared
 * with the live tables at the same event position: inside one repeatable-read snapshot, the live processor's
 * token (which it commits together with its writes) is read and must equal the position the replay reached, and
 * both sides are fingerprinted. If the live processor moved on in between, the replay catches up and the
 * comparison is taken again. Where tables differ, the live processor on this node is paused, the comparison is
 * repeated, and the live rows are replaced by the rebuilt ones in one transaction, so that the history wins and
 * readers see either the old or the new rows.
 *
 * <p>Only administrators and auditors may start one or see its outcome; starting is recorded in the access log
 * (the replay reads every case) and every run in the rebuild's own audit trail ({@link RebuildRuns}). One runs at
 * a time across all nodes.
 */
@Service
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    static final String PURPOSE = "rebuild of the case read model from the event store, compared with the live one";

    /** Snapshots taken while the live processor moves on, before the comparison pauses it instead. */
    private static final int SNAPSHOT_ATTEMPTS = 20;
    private static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long LIVE_PROCESSOR_PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(2);
    private static final String LIVE_TOKENS = """
            select token, token_type, owner from token_entry where processor_name = ?""";

    private final EventProcessingConfiguration processing;
    private final StoredEvents storedEvents;
    private final List<ReadModelProjection> projections;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate snapshot;
    private final Serializer serializer;
    private final AccessLog accessLog;
    private final RebuildRuns runs;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("read-model-rebuild").daemon().factory());
    private final AtomicReference<RebuildStatus> current = new AtomicReference<>();
    /** Whether the run (on the worker thread) has paused the live processor. */
    private boolean livePaused;

    ReadModelRebuild(EventProcessingConfiguration processing, org.axonframework.config.Configuration axon,
                     @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
                     List<ReadModelProjection> projections, JdbcTemplate jdbc,
                     PlatformTransactionManager transactionManager, AccessLog accessLog, RebuildRuns runs,
                     Clock clock) {
        this.processing = processing;
        this.storedEvents = new StoredEvents(jdbc, eventSerializer, axon.upcasterChain());
        this.projections = List.copyOf(projections);
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.serializer = serializer;
        this.accessLog = accessLog;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Starts a rebuild in the background and returns at once. Refused to anyone but an administrator or an
     * auditor ({@code rebuild.not-allowed}) and while another runs ({@code rebuild.already-running}). The start
     * is recorded in the access log before anything is read; if that fails, nothing starts.
     */
    public synchronized RebuildStatus start(Actor actor) {
        RebuildRules.onlyAdministratorsAndAuditorsRebuildReadModels(actor);
        RebuildStatus mine = current.get();
        if (mine != null && mine.running()) {
            throw new DomainRuleViolation("rebuild.already-running");
        }
        EventHandlerInvoker handlers = handlers();
        List<String> tables = tables();
        Instant at = clock.instant();
        long runId = runs.open(actor, at);
        try {
            accessLog.record(actor, AccessView.READ_MODEL_REBUILD, List.of(), EnumSet.allOf(DataCategory.class),
                    PURPOSE, null);
        } catch (RuntimeException notRecorded) {
            runs.close(runId, new RebuildStatus(runId, actor.displayName(), at, RebuildPhase.FINISHED, 0, 0, 0, 0,
                    clock.instant(), RebuildOutcome.FAILED, List.of(), "the access record could not be written"));
            throw notRecorded;
        }
        RebuildStatus started = new RebuildStatus(runId, actor.displayName(), at, RebuildPhase.PREPARING, 0, 0, 0,
                0, null, null, List.of(), null);
        current.set(started);
        worker.execute(() -> run(handlers, tables));
        return started;
    }

    /** The rebuild running now, or else the last one finished (on any node); {@link RebuildStatus#NONE} if none. */
    public RebuildStatus status(Actor actor) {
        RebuildRules.onlyAdministratorsAndAuditorsRebuildReadModels(actor);
        RebuildStatus mine = current.get();
        if (mine != null && mine.running()) {
            return mine;
        }
        Optional<RebuildStatus> last = runs.last();
        if (mine != null && last.map(run -> run.runId() == mine.runId()).orElse(true)) {
            return mine;
        }
        return last.orElse(RebuildStatus.NONE);
    }

    /** The latest rebuilds, newest first: who ran them, when, and how they ended. */
    public List<RebuildStatus> history(Actor actor, int limit) {
        RebuildRules.onlyAdministratorsAndAuditorsRebuildReadModels(actor);
        return runs.latest(limit);
    }

    // ---------------------------------------------------------------- the run

    /** How a run ended, before it is stored and shown. */
    private record Ending(RebuildOutcome outcome, List<TableComparison> tables, String failure) {
    }

    private void run(EventHandlerInvoker handlers, List<String> tables) {
        ShadowTables shadow = new ShadowTables(jdbc, tables);
        Ending ending;
        try (ShadowReplay replay = new ShadowReplay(storedEvents, handlers, jdbc)) {
            ending = rebuildAndCompare(shadow, replay, new Progress());
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            ending = new Ending(RebuildOutcome.FAILED, List.of(), "interrupted");
        } catch (RuntimeException | Error failure) {
            log.error("The read-model rebuild failed", failure);
            ending = new Ending(RebuildOutcome.FAILED, List.of(), String.valueOf(failure.getMessage()));
        }
        try {
            shadow.drop();
        } catch (RuntimeException failure) {
            log.warn("Could not drop the copies of the read-model tables", failure);
        }
        finish(ending);
    }

    private Ending rebuildAndCompare(ShadowTables shadow, ShadowReplay replay, Progress progress)
            throws InterruptedException {
        transactions.executeWithoutResult(status -> shadow.create());
        long target = livePosition();
        progress.replaying(countEventsUpTo(target));
        replay.replayUpTo(target, () -> progress.update(replay));
        progress.phase(RebuildPhase.COMPARING, replay);
        List<TableComparison> compared = compareAtSamePosition(shadow, replay, progress);
        if (compared.stream().allMatch(TableComparison::equal)) {
            return new Ending(RebuildOutcome.EQUAL, compared, null);
        }
        progress.phase(RebuildPhase.CORRECTING, replay);
        return correct(shadow, replay, progress);
    }

    /**
     * Pauses the live processor here, compares again, and replaces the differing live rows in one transaction;
     * leaves them if another node holds the live processor (it would go on writing meanwhile).
     */
    private Ending correct(ShadowTables shadow, ShadowReplay replay, Progress progress)
            throws InterruptedException {
        List<TableComparison> found = whileLivePaused(() -> {
            if (liveClaimedElsewhere()) {
                return null;
            }
            List<TableComparison> differences = compareAtSamePosition(shadow, replay, progress);
            transactions.executeWithoutResult(status -> differences.stream().filter(table -> !table.equal())
                    .forEach(table -> shadow.correct(table.table())));
            List<TableComparison> after = compareAtSamePosition(shadow, replay, progress);
            if (!after.stream().allMatch(TableComparison::equal)) {
                throw new IllegalStateException("the corrected live tables still differ from the rebuilt ones");
            }
            return differences;
        });
        if (found == null) {
            return new Ending(RebuildOutcome.DIFFERENT, compareAtSamePosition(shadow, replay, progress), null);
        }
        return new Ending(found.stream().allMatch(TableComparison::equal) ? RebuildOutcome.EQUAL
                : RebuildOutcome.CORRECTED, found, null);
    }

    /**
     * Compares the copies with the live tables when both stand at the same event position: the live one is read
     * in a snapshot whose own first read is the live processor's position, which the replay has reached.
     */
    private List<TableComparison> compareAtSamePosition(ShadowTables shadow, ShadowReplay replay, Progress progress)
            throws InterruptedException {
        long behindSince = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            long live = livePosition();
            if (live < replay.position()) {
                awaitLiveProcessor(behindSince);
                continue;
            }
            replay.replayUpTo(live, () -> progress.update(replay));
            Optional<List<TableComparison>> compared = snapshot.execute(status -> livePosition() == replay.position()
                    ? Optional.of(compareTables(shadow)) : Optional.empty());
            if (compared.isPresent()) {
                return compared.get();
            }
            if (attempt == SNAPSHOT_ATTEMPTS) {
                return whileLivePaused(() -> compareAtSamePosition(shadow, replay, progress));
            }
        }
    }

    private List<TableComparison> compareTables(ShadowTables shadow) {
        List<TableComparison> compared = new ArrayList<>();
        for (String table : shadow.tables()) {
            ShadowTables.Fingerprint live = shadow.liveFingerprint(table);
            ShadowTables.Fingerprint rebuilt = shadow.rebuiltFingerprint(table);
            if (live.equals(rebuilt)) {
                compared.add(new TableComparison(table, live.rows(), rebuilt.rows(), 0, List.of()));
            } else {
                ShadowTables.Differences differences = shadow.differences(table);
                compared.add(new TableComparison(table, live.rows(), rebuilt.rows(),
                        Math.max(1, differences.rows()), differences.exampleKeys()));
            }
        }
        return compared;
    }

    /**
     * The live processor is behind the replay (it tails the store while the replay read ahead): wait for it,
     * unless it has not reached the replay's position for {@link #LIVE_PROCESSOR_PATIENCE_NANOS}.
     */
    private static void awaitLiveProcessor(long behindSince) throws InterruptedException {
        if (System.nanoTime() - behindSince > LIVE_PROCESSOR_PATIENCE_NANOS) {
            throw new IllegalStateException("the live processor does not reach the position of the replay");
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private interface Paused<T> {
        T run() throws InterruptedException;
    }

    /** Runs the work while the live processor on this node stands still (it finishes its batch first). */
    private <T> T whileLivePaused(Paused<T> work) throws InterruptedException {
        if (livePaused) {
            return work.run();
        }
        StreamingEventProcessor live = liveStreamingProcessor();
        live.shutDown();
        livePaused = true;
        try {
            return work.run();
        } finally {
            livePaused = false;
            live.start();
        }
    }

    // ---------------------------------------------------------------- the live processor

    /** The live processor's position as committed with its writes; 0 before it handled anything. */
    private long livePosition() {
        List<Long> positions = jdbc.query(LIVE_TOKENS, (row, n) -> {
            byte[] token = row.getBytes(1);
            if (token == null) {
                return 0L;
            }
            TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class,
                    new SimpleSerializedType(row.getString(2), null)));
            return tracking.position().orElse(0);
        }, CaseProjectionRebuild.PROCESSING_GROUP);
        if (positions.size() > 1) {
            throw new IllegalStateException("the case read model is processed in " + positions.size()
                    + " segments; a rebuild compares a processor of one segment");
        }
        return positions.isEmpty() ? 0 : positions.getFirst();
    }

    private boolean liveClaimedElsewhere() {
        return !jdbc.queryForList(LIVE_TOKENS, CaseProjectionRebuild.PROCESSING_GROUP).stream()
                .allMatch(token -> token.get("owner") == null);
    }

    private StreamingEventProcessor liveStreamingProcessor() {
        return processing.eventProcessor(CaseProjectionRebuild.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + CaseProjectionRebuild.PROCESSING_GROUP));
    }

    /**
     * The live processor's handlers, in its order, failing loudly: an event a projection cannot handle stops the
     * rebuild and is named, where live processing would log it and go on.
     */
    private EventHandlerInvoker handlers() {
        if (!(liveStreamingProcessor() instanceof AbstractEventProcessor live)) {
            throw new IllegalStateException("the case read model's processor exposes no handlers");
        }
        List<EventMessageHandler> handlers = new ArrayList<>();
        collect(live.eventHandlerInvoker(), handlers);
        for (EventMessageHandler handler : handlers) {
            if (!ReadModelProjection.class.isAssignableFrom(handler.getTargetType())) {
                throw new IllegalStateException(handler.getTargetType().getName()
                        + " handles events of the case read model but names no tables (ReadModelProjection)");
            }
        }
        return SimpleEventHandlerInvoker.builder()
                .eventHandlers(handlers)
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build();
    }

    private static void collect(EventHandlerInvoker invoker, List<EventMessageHandler> handlers) {
        switch (invoker) {
            case MultiEventHandlerInvoker multi -> multi.delegates().forEach(each -> collect(each, handlers));
            case SimpleEventHandlerInvoker simple -> handlers.addAll(simple.eventHandlers());
            default -> throw new IllegalStateException("cannot replay through " + invoker.getClass().getName());
        }
    }

    private List<String> tables() {
        Set<String> tables = new LinkedHashSet<>();
        projections.forEach(projection -> tables.addAll(projection.tables()));
        return List.copyOf(tables);
    }

    private long countEventsUpTo(long position) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where global_index <= ?", Long.class,
                position);
    }

    // ---------------------------------------------------------------- progress and outcome

    /** What the page shows while the run goes on; heartbeats keep the run from looking abandoned. */
    private final class Progress {

        private long lastHeartbeat = System.nanoTime();
        private long replayStartedAt;
        private double rate;
        private RebuildPhase phase = RebuildPhase.PREPARING;
        private long total;

        void replaying(long eventsStored) {
            phase = RebuildPhase.REPLAYING;
            total = eventsStored;
            replayStartedAt = System.nanoTime();
        }

        /** After each transaction of the replay; the rate is that of the replay from the first event on. */
        void update(ShadowReplay replay) {
            long now = System.nanoTime();
            if (phase == RebuildPhase.REPLAYING && now > replayStartedAt) {
                rate = replay.events() / ((now - replayStartedAt) / 1e9);
            }
            total = Math.max(total, replay.events());
            current.updateAndGet(status -> status.with(phase, replay.events(), total, rate, replay.position()));
            if (now - lastHeartbeat > HEARTBEAT_NANOS) {
                lastHeartbeat = now;
                runs.heartbeat(current.get().runId());
            }
        }

        void phase(RebuildPhase next, ShadowReplay replay) {
            update(replay);
            phase = next;
            update(replay);
        }
    }

    /** Stores the outcome, then shows it: whoever sees the run finished finds it in the audit trail too. */
    private void finish(Ending ending) {
        RebuildStatus finished = current.get().finished(clock.instant(), ending.outcome(), ending.tables(),
                ending.failure());
        try {
            runs.close(finished.runId(), finished);
        } catch (RuntimeException notStored) {
            log.error("Could not store the outcome of read-model rebuild {}", finished.runId(), notStored);
        }
        current.set(finished);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
