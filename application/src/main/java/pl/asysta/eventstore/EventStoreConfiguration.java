package pl.asysta.eventstore;

import java.time.Clock;

import javax.sql.DataSource;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * Wires the commit-ordered storage engine in place of the one Axon's auto-configuration would create, and
 * makes Axon stamp events with the application's clock.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class EventStoreConfiguration {

    /** Rows per read of the event table: large enough for replays, harmless for tailing. */
    private static final int EVENTS_PER_FETCH = 500;

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration,
                                          EntityManagerProvider entityManagerProvider,
                                          TransactionManager transactionManager,
                                          DataSource dataSource,
                                          Clock clock) {
        GenericEventMessage.clock = clock;
        JpaEventStorageEngine.Builder builder = JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .batchSize(EVENTS_PER_FETCH)
                .entityManagerProvider(entityManagerProvider);
        return new CommitOrderedJpaEventStorageEngine(builder, transactionManager, dataSource);
    }

    /**
     * Keeps recently used aggregates in memory so a command need not replay their stream. Safe with several
     * nodes: a stale entry makes its append collide with the newer event (optimistic concurrency), and the
     * failed unit of work evicts it. Aggregates opt in by name.
     */
    @Bean
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    /**
     * Snapshot policy for aggregates with long streams: loading a 1,000-event case without a snapshot takes tens
     * of milliseconds, with one every hundred events well under one. Aggregates opt in by name.
     */
    @Bean
    SnapshotTriggerDefinition everyHundredEvents(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 100);
    }
}
