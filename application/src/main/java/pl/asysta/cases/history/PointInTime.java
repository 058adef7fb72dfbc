package pl.asysta.cases.history;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.access.domain.AccessDecision;
import pl.asysta.cases.familycase.CaseDetails;
import pl.asysta.cases.familycase.CaseFileQueries;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModelProjection;
import pl.asysta.cases.readmodel.ScratchReadModel;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.sharing.SharingQueries;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.UserId;

/**
 * A case as it stood at any point of its history (ADR 0015): its header, work plan, timeline,
 * consents, grants and referrals exactly as the case page would have shown them then, and two points compared.
 *
 * <p>Nothing is read from the live read model. The case's events up to the point (its own stream, its consent
 * ledger, its referrals) are read from the event store and, in one transaction, replayed through the real
 * handlers of the case read model's processor into empty private copies of its tables ({@link ScratchReadModel}),
 * read through the same queries as the case page, and the transaction is rolled back.
 *
 * <p>Who may look is decided by the access policy of today, as for the case page: whoever may open the case file
 * now may see its past, in the categories they may read now (an auditor all of them). Each reading is recorded
 * before anything is read, as {@link AccessView#CASE_FILE_AS_OF} with the event positions in its purpose
 * ({@code AS_OF 1234}); the assistant is alerted when someone outside the case team looks, as for an opening.
 */
@Service
public class PointInTime {

    /** How the access record's purpose names the positions looked at. */
    public static final String AS_OF = "AS_OF";

    private final AccessPolicy policy;
    private final CaseFiles caseFiles;
    private final CaseFileQueries cases;
    private final TimelineQueries timeline;
    private final SharingQueries sharing;
    private final ReferralQueries referrals;
    private final EventProcessingConfiguration processing;
    private final org.axonframework.config.Configuration axon;
    private final Serializer eventSerializer;
    private final JdbcTemplate jdbc;
    private final ScratchReadModel scratch;
    private final TransactionTemplate scratchTransaction;
    private final Clock clock;
    private volatile CaseEvents events;
    private final ExecutorService readers = Executors.newFixedThreadPool(ScratchReadModel.SLOTS,
            Thread.ofPlatform().name("as-of-reader-", 1).daemon().factory());
    private volatile EventHandlerInvoker projections;

    PointInTime(AccessPolicy policy, CaseFiles caseFiles, CaseFileQueries cases, TimelineQueries timeline,
                SharingQueries sharing,
                ReferralQueries referrals, EventProcessingConfiguration processing,
                org.axonframework.config.Configuration axon, @Qualifier("eventSerializer") Serializer eventSerializer,
                JdbcTemplate jdbc, PlatformTransactionManager transactions, List<ReadModelProjection> projections,
                Clock clock) {
        this.policy = policy;
        this.caseFiles = caseFiles;
        this.cases = cases;
        this.timeline = timeline;
        this.sharing = sharing;
        this.referrals = referrals;
        this.processing = processing;
        this.axon = axon;
        this.eventSerializer = eventSerializer;
        this.jdbc = jdbc;
        this.scratchTransaction = new TransactionTemplate(transactions);
        this.scratchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.scratch = new ScratchReadModel(jdbc, scratchTransaction, ScratchReadModel.caseTables(projections));
        this.clock = clock;
    }

    /**
     * The case as it stood at the point, for the actor: empty when they may not open the case file today or it
     * does not exist (nothing is recorded then). Refused with {@code pit.before-first-event} when the case had no
     * event yet at the point, and {@code pit.point-in-future} for a day or position not reached yet.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<CaseAsOf> at(CaseId caseId, HistoryPoint point, Actor actor) {
        return read(caseId, List.of(point), actor).map(List::getFirst);
    }

    /**
     * The case at two points, the earlier first (by day, then by position), read as one recorded reading; the same
     * refusals as {@link #at}.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<CaseComparison> compare(CaseId caseId, HistoryPoint first, HistoryPoint second, Actor actor) {
        return read(caseId, List.of(first, second), actor)
                .map(both -> new CaseComparison(both.getFirst(), both.getLast()));
    }

    /** A point resolved: the case's events it selects, and the day the case is shown as of. */
    private record Resolved(HistoryPoint point, CaseEvents.Selection selection, LocalDate day) {

        long position() {
            return selection.position();
        }
    }

    private Optional<List<CaseAsOf>> read(CaseId caseId, List<HistoryPoint> points, Actor actor) {
        List<List<Resolved>> resolved = new ArrayList<>(1);
        Optional<CaseFiles.PastLook> look = caseFiles.lookAtPast(caseId, actor, () -> {
            resolved.add(points.stream()
                    .map(point -> resolve(caseId, point))
                    .sorted(Comparator.comparing(Resolved::day).thenComparingLong(Resolved::position))
                    .toList());
            return AS_OF + " " + resolved.getFirst().stream().map(point -> Long.toString(point.position()))
                    .distinct().collect(Collectors.joining(", "));
        });
        return look.map(past -> replay(caseId, past, resolved.getFirst()));
    }

    private Resolved resolve(CaseId caseId, HistoryPoint point) {
        LocalDate today = policy.today();
        boolean future = switch (point) {
            case HistoryPoint.EndOfDay d -> d.day().isAfter(today);
            case HistoryPoint.Moment m -> m.at().isAfter(clock.instant());
            case HistoryPoint.Position p -> p.position() > storeHead();
            case HistoryPoint.Latest l -> false;
        };
        if (future) {
            throw new DomainRuleViolation("pit.point-in-future");
        }
        CaseEvents.Selection selection = events().select(caseId, point)
                .orElseThrow(() -> new DomainRuleViolation("pit.before-first-event"));
        LocalDate day = switch (point) {
            case HistoryPoint.EndOfDay d -> d.day();
            case HistoryPoint.Moment m -> CaseEvents.dayOf(m.at());
            case HistoryPoint.Position p -> CaseEvents.dayOf(selection.recordedAt());
            case HistoryPoint.Latest l -> today;
        };
        return new Resolved(point, selection, day);
    }

    /**
     * Replays the case's events into the scratch copies and reads the case at each point, in the order of the
     * points: the events the first point selects, the reading, then the further events the next point selects,
     * the reading. When the next point's events do not simply continue the first's (a day selects by the time of
     * recording, a position by the order of storing, and the two can differ), the copies are emptied and its
     * events replayed from the start: a projection takes a case's events in the order they were stored. The
     * transaction is always rolled back. The events are read, once the reading is recorded, on a thread of their
     * own while this one claims a slot ({@link ReadAhead}); stored events never change, so it matters not that
     * another connection reads them.
     */
    private List<CaseAsOf> replay(CaseId caseId, CaseFiles.PastLook look, List<Resolved> points) {
        if (CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("a point-in-time reading cannot run inside a unit of work");
        }
        long upTo = points.stream().mapToLong(Resolved::position).max().orElseThrow();
        ReadAhead ahead = new ReadAhead();
        CompletableFuture<List<TrackedEventMessage<?>>> history = new CompletableFuture<>();
        readers.execute(() -> ahead.read(() -> events().upTo(caseId, upTo), history));
        int[] slot = {0};
        List<CaseAsOf> read;
        try {
            scratch.prepare();
            read = scratchTransaction.execute(status -> {
                status.setRollbackOnly();
                slot[0] = scratch.enter();
                return replayInSlot(caseId, look, points, ahead.await(history), ahead);
            });
        } finally {
            ahead.stop();
        }
        scratch.vacuumLater(slot[0]);
        if (read == null) {
            throw new IllegalStateException("the point-in-time reading returned nothing");
        }
        return read;
    }

    private List<CaseAsOf> replayInSlot(CaseId caseId, CaseFiles.PastLook look, List<Resolved> points,
                                        List<TrackedEventMessage<?>> history, ReadAhead ahead) {
        List<CaseAsOf> states = new ArrayList<>();
        Set<Long> applied = new HashSet<>();
        long lastApplied = 0;
        for (Resolved point : points) {
            List<TrackedEventMessage<?>> selected = history.stream().filter(point.selection()::selects).toList();
            List<TrackedEventMessage<?>> further = selected.stream()
                    .filter(event -> !applied.contains(CaseEvents.positionOf(event))).toList();
            long after = lastApplied;
            boolean continues = selected.size() - further.size() == applied.size()
                    && further.stream().allMatch(event -> CaseEvents.positionOf(event) > after);
            if (!continues) {
                scratch.empty();
                applied.clear();
                further = selected;
            }
            apply(further, ahead);
            further.forEach(event -> applied.add(CaseEvents.positionOf(event)));
            lastApplied = applied.stream().mapToLong(Long::longValue).max().orElse(0);
            states.add(readAt(caseId, look, point));
        }
        return states;
    }

    private CaseAsOf readAt(CaseId caseId, CaseFiles.PastLook look, Resolved point) {
        CaseFile file = look.asOf(point.day());
        CaseDetails details = cases.details(file)
                .orElseThrow(() -> new DomainRuleViolation("pit.before-first-event"));
        return new CaseAsOf(caseId, point.point(), point.position(), point.selection().recordedAt(), point.day(),
                details,
                cases.workPlan(file), timeline.page(file, TimelineFilter.ALL, 0, Integer.MAX_VALUE),
                sharing.consents(file), sharing.grants(file), referrals.ofCase(file));
    }

    /**
     * Hands the events to the projections in one unit of work, as a tracking processor hands them a batch: their
     * writes are collected and sent when it commits. Each event of the case reaches the copies exactly once, into
     * copies that were empty (or hold only the events before it), so rows are loaded in bulk as in a rebuild. A
     * failing handler fails the reading, rather than leaving a gap in the past it shows.
     */
    private void apply(List<TrackedEventMessage<?>> batch, ReadAhead ahead) {
        if (batch.isEmpty()) {
            return;
        }
        EventHandlerInvoker invoker = projections();
        DefaultUnitOfWork<TrackedEventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(batch.getFirst());
        unitOfWork.resources().put(ReadModelProjection.REPLAY_INTO_EMPTY_TABLES, Boolean.TRUE);
        try {
            for (TrackedEventMessage<?> event : batch) {
                invoker.handle(event, Segment.ROOT_SEGMENT);
                ahead.handledOne();
            }
        } catch (Exception failure) {
            unitOfWork.rollback(failure);
            throw new IllegalStateException("replaying the case's events failed", failure);
        }
        unitOfWork.commit();
    }

    /**
     * Waits until what earlier readings left to do in the background (vacuuming their copies) is done: for a
     * measurement of one reading on its own, not crowded by the clean-up of the one before.
     */
    public void awaitBackgroundWork() {
        scratch.awaitVacuumed();
    }

    /** Waits for a vacuum of a slot still running, and for readers still reading, before the connections go. */
    @PreDestroy
    void close() {
        readers.close();
        scratch.close();
    }

    /**
     * A case's events read on a thread of their own while the reading claims its slot, and then deserialised there
     * from the last event backwards while the projections take them from the first: each event is deserialised
     * about once, by whichever of the two reaches it first, and the projections find most of the later events
     * ready. A payload that cannot be deserialised fails the projections when they reach it, as it would without.
     */
    private static final class ReadAhead {

        private volatile boolean stopped;
        private final AtomicInteger handled = new AtomicInteger();

        void read(Supplier<List<TrackedEventMessage<?>>> events, CompletableFuture<List<TrackedEventMessage<?>>> read) {
            List<TrackedEventMessage<?>> history;
            try {
                history = events.get();
            } catch (RuntimeException | Error failure) {
                read.completeExceptionally(failure);
                return;
            }
            read.complete(history);
            try {
                for (int i = history.size() - 1; i >= handled.get() && !stopped; i--) {
                    history.get(i).getPayload();
                }
            } catch (RuntimeException unreadable) {
                // Left for the projections to meet: they fail the reading on this event with the same error.
                stopped = true;
            }
        }

        List<TrackedEventMessage<?>> await(CompletableFuture<List<TrackedEventMessage<?>>> read) {
            try {
                return read.join();
            } catch (CompletionException failure) {
                if (failure.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw failure;
            }
        }

        /** The projections have taken one more event; they take them in order, from the first. */
        void handledOne() {
            handled.incrementAndGet();
        }

        void stop() {
            stopped = true;
        }
    }

    private long storeHead() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private CaseEvents events() {
        CaseEvents known = events;
        if (known == null) {
            known = new CaseEvents(jdbc, eventSerializer, axon.upcasterChain());
            events = known;
        }
        return known;
    }

    /**
     * The handlers of the case read model's processor (the case's, its ledger's and its referrals' projections,
     * and any other that joins the processing group), with errors propagated instead of logged.
     */
    private EventHandlerInvoker projections() {
        EventHandlerInvoker known = projections;
        if (known == null) {
            AbstractEventProcessor processor = processing
                    .eventProcessor(CaseProjectionRebuild.PROCESSING_GROUP, AbstractEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException(
                            "no processor " + CaseProjectionRebuild.PROCESSING_GROUP));
            List<EventMessageHandler> handlers = new ArrayList<>();
            collect(processor.eventHandlerInvoker(), handlers);
            known = SimpleEventHandlerInvoker.builder()
                    .eventHandlers(handlers)
                    .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                    .build();
            projections = known;
        }
        return known;
    }

    private static void collect(EventHandlerInvoker invoker, List<EventMessageHandler> handlers) {
        switch (invoker) {
            case MultiEventHandlerInvoker multi -> multi.delegates().forEach(each -> collect(each, handlers));
            case SimpleEventHandlerInvoker simple -> handlers.addAll(simple.eventHandlers());
            default -> throw new IllegalStateException("cannot replay through " + invoker.getClass().getName());
        }
    }
}
