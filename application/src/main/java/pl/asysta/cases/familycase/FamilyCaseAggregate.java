package pl.asysta.cases.familycase;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import pl.asysta.cases.familycase.FamilyCaseCommand.RegisterFamily;
import pl.asysta.cases.familycase.FamilyCaseCommand.TakeStep;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.FamilyCase;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantAssigned;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantReassigned;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseState;

/**
 * The Axon home of a {@link FamilyCase}: the registration creates it, and every later step is handed to the domain
 * in one handler; only {@link #on} changes state. The events the case decided move the family in or out of an
 * assistant's caseload through {@link Caseloads} in the same unit of work, after the case has decided and before
 * its events are applied, so a refusal on either side stores nothing (ADR 0010): an assignment takes the family
 * on, a hand-over moves it, and a closure of a case an assistant worked on (by the assistant, or by a withdrawn
 * consent) releases it. A reopened case was released at its closure and waits for a new assignment.
 *
 * <p>A snapshot stores the domain's immutable {@link FamilyCaseState} under the property {@code familyCase}.
 */
@Aggregate(type = "FamilyCase", snapshotTriggerDefinition = "everyHundredEvents", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
class FamilyCaseAggregate {

    @AggregateIdentifier
    @JsonProperty
    String caseId;

    @JsonIgnore
    FamilyCase familyCase = FamilyCase.empty();

    FamilyCaseAggregate() {
    }

    @CommandHandler
    FamilyCaseAggregate(RegisterFamily command) {
        decided(FamilyCase.register(command.caseId(), command.familyName(), command.members(), command.address(),
                command.contact(), command.actor()));
    }

    @CommandHandler
    void handle(TakeStep command, Caseloads caseloads) {
        List<FamilyCaseEvent> events = familyCase.decide(command.step(), command.actor(), command.today(),
                command.grants());
        followInCaseloads(events, familyCase.state(), caseloads);
        decided(events);
    }

    private static void followInCaseloads(List<FamilyCaseEvent> events, FamilyCaseState before,
                                          Caseloads caseloads) {
        for (FamilyCaseEvent event : events) {
            switch (event) {
                case AssistantAssigned assigned -> caseloads.takeOn(assigned.assistant(), assigned.caseId());
                case AssistantReassigned handedOver -> caseloads.handOver(handedOver.caseId(),
                        handedOver.previousAssistant(), handedOver.assistant());
                case CaseClosed closed when before.status() == CaseStatus.ACTIVE ->
                        caseloads.release(before.assistant(), closed.caseId());
                default -> { }
            }
        }
    }

    private static void decided(List<FamilyCaseEvent> events) {
        events.forEach(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(FamilyCaseEvent event) {
        caseId = event.caseId().value();
        familyCase.apply(event);
    }

    @JsonProperty("familyCase")
    FamilyCaseState snapshot() {
        return familyCase.state();
    }

    @JsonProperty("familyCase")
    void restore(FamilyCaseState snapshot) {
        familyCase = FamilyCase.of(snapshot);
    }
}
