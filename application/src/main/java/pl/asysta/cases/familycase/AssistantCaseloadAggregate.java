package pl.asysta.cases.familycase;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import pl.asysta.cases.familycase.domain.AssistantCaseload;
import pl.asysta.cases.familycase.domain.AssistantCaseloadEvent;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.UserId;

/**
 * The Axon home of one assistant's {@link AssistantCaseload}; its identifier is the assistant's user id. It has
 * no command handlers of its own: the family case's assignment, hand-over and closure reach it through
 * {@link Caseloads} in their unit of work. A snapshot stores the caseload's plain {@link AssistantCaseload.Snapshot}
 * (the domain class keeps its fields private and knows nothing of Jackson).
 */
@Aggregate(type = "AssistantCaseload", snapshotTriggerDefinition = "everyHundredEvents", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
class AssistantCaseloadAggregate {

    @AggregateIdentifier
    @JsonProperty
    String assistant;

    @JsonIgnore
    AssistantCaseload caseload = AssistantCaseload.empty();

    AssistantCaseloadAggregate() {
    }

    void takeOn(UserId assistant, CaseId caseId) {
        caseload.takeOn(assistant, caseId).forEach(AggregateLifecycle::apply);
    }

    void release(CaseId caseId) {
        caseload.release(caseId).forEach(AggregateLifecycle::apply);
    }

    int activeFamilies() {
        return caseload.activeFamilies();
    }

    boolean worksWith(CaseId caseId) {
        return caseload.worksWith(caseId);
    }

    @EventSourcingHandler
    void on(AssistantCaseloadEvent event) {
        assistant = event.assistant().value();
        caseload.apply(event);
    }

    @JsonProperty("caseload")
    AssistantCaseload.Snapshot snapshot() {
        return caseload.snapshot();
    }

    @JsonProperty("caseload")
    void restore(AssistantCaseload.Snapshot snapshot) {
        caseload = AssistantCaseload.fromSnapshot(snapshot);
    }
}
