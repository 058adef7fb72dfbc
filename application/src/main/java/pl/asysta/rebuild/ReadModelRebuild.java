package pl.asysta.rebuild;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import jakarta.annotation.PreDestroy;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.readmodel.ReadModelProjection;
import pl.asysta.rebuild.ShadowComparison.Ending;
import pl.asysta.rebuild.domain.RebuildRules;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;

/**
 * Rebuilds the case read model from the event store and proves that it equals the live one (ADR 0016).
 *
 * <p>The live tables keep serving the portal throughout: the store is replayed into copies of them
 * ({@link ShadowTables}, {@link ShadowReplay}) by the live processor's own handlers ({@link LiveProcessor}). The
 * copies are then compared with the live tables at the same event position, and the live rows corrected where
 * they differ ({@link ShadowComparison}).
 *
 * <p>Only administrators and auditors may start one or see its outcome; starting is recorded in the access log
 * (the replay reads every case) and every run in the rebuild's own audit trail ({@link RebuildRuns}). One runs at
 * a time across all nodes.
 */
@Service
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    static final String PURPOSE = "rebuild of the case read model from the event store, compared with the live one";

    private final LiveProcessor live;
    private final ShadowComparison comparison;
    private final StoredEvents storedEvents;
    private final List<ReadModelProjection> projections;
    private final JdbcTemplate jdbc;
    private final AccessLog accessLog;
    private final RebuildRuns runs;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("read-model-rebuild").daemon().factory());
    private final AtomicReference<RebuildStatus> current = new AtomicReference<>();

    ReadModelRebuild(EventProcessingConfiguration processing, org.axonframework.config.Configuration axon,
                     @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
                     List<ReadModelProjection> projections, JdbcTemplate jdbc,
                     PlatformTransactionManager transactionManager, AccessLog accessLog, RebuildRuns runs,
                     Clock clock) {
        this.live = new LiveProcessor(processing, jdbc, serializer);
        this.comparison = new ShadowComparison(live, jdbc, transactionManager);
        this.storedEvents = new StoredEvents(jdbc, eventSerializer, axon.upcasterChain());
        this.projections = List.copyOf(projections);
        this.jdbc = jdbc;
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
        EventHandlerInvoker handlers = live.handlers();
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

    private void run(EventHandlerInvoker handlers, List<String> tables) {
        ShadowTables shadow = new ShadowTables(jdbc, tables);
        Ending ending;
        try (ShadowReplay replay = new ShadowReplay(storedEvents, handlers, jdbc)) {
            ending = comparison.rebuildAndCompare(shadow, replay, new RunProgress(current, runs));
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

    private List<String> tables() {
        Set<String> tables = new LinkedHashSet<>();
        projections.forEach(projection -> tables.addAll(projection.tables()));
        return List.copyOf(tables);
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
