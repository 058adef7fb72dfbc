package pl.asysta.bench;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A minimal event-sourced aggregate for the benchmark: it measures the command path (load, decide, append,
 * commit) without any case rule, so the figures belong to the infrastructure.
 */
@Aggregate(snapshotTriggerDefinition = "everyHundredEvents", cache = "aggregateCache")
class BenchStream {

    record OpenBenchStream(@TargetAggregateIdentifier String streamId) {
    }

    record AppendBenchEntry(@TargetAggregateIdentifier String streamId, String note) {
    }

    record BenchStreamOpened(String streamId) {
    }

    record BenchEntryAppended(String streamId, long entry, String note) {
    }

    @AggregateIdentifier
    String streamId;
    long entries;

    BenchStream() {
    }

    @CommandHandler
    BenchStream(OpenBenchStream command) {
        apply(new BenchStreamOpened(command.streamId()));
    }

    @CommandHandler
    void handle(AppendBenchEntry command) {
        apply(new BenchEntryAppended(streamId, entries + 1, command.note()));
    }

    @EventSourcingHandler
    void on(BenchStreamOpened event) {
        streamId = event.streamId();
    }

    @EventSourcingHandler
    void on(BenchEntryAppended event) {
        entries = event.entry();
    }
}
