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

import pl.asysta.cases.familycase.FamilyCaseCommand.AdoptWorkPlan;
import pl.asysta.cases.familycase.FamilyCaseCommand.AssignAssistant;
import pl.asysta.cases.familycase.FamilyCaseCommand.CloseCase;
import pl.asysta.cases.familycase.FamilyCaseCommand.CompleteAction;
import pl.asysta.cases.familycase.FamilyCaseCommand.ConsultFosterCareCoordinator;
import pl.asysta.cases.familycase.FamilyCaseCommand.ConsultPlan;
import pl.asysta.cases.familycase.FamilyCaseCommand.DocumentWork;
import pl.asysta.cases.familycase.FamilyCaseCommand.DrawUpSupportCatalogue;
import pl.asysta.cases.familycase.FamilyCaseCommand.DropAction;
import pl.asysta.cases.familycase.FamilyCaseCommand.EndMonitoring;
import pl.asysta.cases.familycase.FamilyCaseCommand.NoteActionProgress;
import pl.asysta.cases.familycase.FamilyCaseCommand.ReassignAssistant;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordAssessment;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordConsent;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordCourtOrder;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordFosterCarePlacement;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordInterview;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordMonitoringEntry;
import pl.asysta.cases.familycase.FamilyCaseCommand.RecordObservation;
import pl.asysta.cases.familycase.FamilyCaseCommand.RegisterFamily;
import pl.asysta.cases.familycase.FamilyCaseCommand.ReopenCase;
import pl.asysta.cases.familycase.FamilyCaseCommand.RequestAssistant;
import pl.asysta.cases.familycase.FamilyCaseCommand.StartZaZyciemSupport;
import pl.asysta.cases.familycase.FamilyCaseCommand.WithdrawConsent;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.FamilyCase;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.shared.UserId;

/**
 * The Axon home of a {@link FamilyCase}: each handler asks the domain to decide and applies the events it
 * returns; only {@link #on} changes state. Decisions that move a family in or out of an assistant's caseload
 * (assignment, hand-over, closure, consent withdrawal that closes the case) change the caseload through
 * {@link Caseloads} in the same unit of work, after the case has decided and before its events are applied, so a
 * refusal on either side stores nothing.
 *
 * <p>A snapshot stores the domain's plain {@link FamilyCase.Snapshot}: the domain class keeps its fields private
 * and knows nothing of Jackson (STACK pitfall 3).
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

    // ---------------------------------------------------------------- intake

    @CommandHandler
    FamilyCaseAggregate(RegisterFamily command) {
        decided(FamilyCase.register(command.caseId(), command.familyName(), command.members(), command.address(),
                command.contact(), command.actor()));
    }

    @CommandHandler
    void handle(RecordInterview command) {
        decided(familyCase.recordInterview(command.conductedOn(), command.findings(), command.difficulties(),
                command.actor(), command.today()));
    }

    @CommandHandler
    void handle(RequestAssistant command) {
        decided(familyCase.requestAssistant(command.justification(), command.actor()));
    }

    // ---------------------------------------------------------------- legal basis

    @CommandHandler
    void handle(RecordConsent command) {
        decided(familyCase.recordConsent(command.consentingPerson(), command.givenOn(), command.documentReference(),
                command.actor(), command.today()));
    }

    @CommandHandler
    void handle(WithdrawConsent command, Caseloads caseloads) {
        boolean assistantWorking = familyCase.status() == CaseStatus.ACTIVE;
        UserId assistant = familyCase.assistant();
        List<FamilyCaseEvent> events = familyCase.withdrawConsent(command.withdrawnOn(), command.note(),
                command.monitoringMonths(), command.actor(), command.today());
        if (assistantWorking && events.stream().anyMatch(CaseClosed.class::isInstance)) {
            caseloads.release(assistant, command.caseId());
        }
        decided(events);
    }

    @CommandHandler
    void handle(RecordObservation command) {
        decided(familyCase.recordObservation(command.kind(), command.category(), command.observedOn(),
                command.text(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(RecordCourtOrder command) {
        decided(familyCase.recordCourtOrder(command.court(), command.fileReference(), command.issuedOn(),
                command.actor(), command.today()));
    }

    // ---------------------------------------------------------------- assignment

    @CommandHandler
    void handle(AssignAssistant command, Caseloads caseloads) {
        List<FamilyCaseEvent> events = familyCase.assignAssistant(command.assistant(), command.assistantName(),
                command.assignedOn(), command.actor(), command.today());
        caseloads.takeOn(command.assistant(), command.caseId());
        decided(events);
    }

    @CommandHandler
    void handle(ReassignAssistant command, Caseloads caseloads) {
        UserId previous = familyCase.assistant();
        List<FamilyCaseEvent> events = familyCase.reassignAssistant(command.assistant(), command.assistantName(),
                command.reason(), command.reassignedOn(), command.actor(), command.today());
        caseloads.handOver(command.caseId(), previous, command.assistant());
        decided(events);
    }

    // ---------------------------------------------------------------- work plan

    @CommandHandler
    void handle(AdoptWorkPlan command) {
        decided(familyCase.adoptWorkPlan(command.revisedVersion(), command.goals(), command.actions(),
                command.actor(), command.today()));
    }

    @CommandHandler
    void handle(ConsultPlan command) {
        decided(familyCase.consultPlan(command.planVersion(), command.opinion(), command.actor()));
    }

    @CommandHandler
    void handle(NoteActionProgress command) {
        decided(familyCase.noteActionProgress(command.actionId(), command.note(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(CompleteAction command) {
        decided(familyCase.completeAction(command.actionId(), command.outcome(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(DropAction command) {
        decided(familyCase.dropAction(command.actionId(), command.reason(), command.actor(), command.today()));
    }

    // ---------------------------------------------------------------- documentation and assessment

    @CommandHandler
    void handle(DocumentWork command) {
        decided(familyCase.documentWork(command.entryId(), command.kind(), command.date(), command.durationMinutes(),
                command.participants(), command.notes(), command.category(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(RecordAssessment command) {
        decided(familyCase.recordAssessment(command.assessedOn(), command.situation(), command.progress(),
                command.continueWork(), command.actor(), command.today()));
    }

    // ---------------------------------------------------------------- foster care, "Za życiem"

    @CommandHandler
    void handle(RecordFosterCarePlacement command) {
        decided(familyCase.recordFosterCarePlacement(command.childMemberId(), command.placedOn(), command.placement(),
                command.coordinator(), command.coordinatorName(), command.childAssistancePlanReference(),
                command.actor(), command.today()));
    }

    @CommandHandler
    void handle(ConsultFosterCareCoordinator command) {
        decided(familyCase.consultFosterCareCoordinator(command.childMemberId(), command.note(), command.actor(),
                command.today()));
    }

    @CommandHandler
    void handle(StartZaZyciemSupport command) {
        decided(familyCase.startZaZyciemSupport(command.ground(), command.actor()));
    }

    @CommandHandler
    void handle(DrawUpSupportCatalogue command) {
        decided(familyCase.drawUpSupportCatalogue(command.items(), command.actor()));
    }

    // ---------------------------------------------------------------- closure and monitoring

    @CommandHandler
    void handle(CloseCase command, Caseloads caseloads) {
        UserId assistant = familyCase.assistant();
        List<FamilyCaseEvent> events = familyCase.close(command.reason(), command.summary(), command.closedOn(),
                command.monitoringMonths(), command.actor(), command.today());
        caseloads.release(assistant, command.caseId());
        decided(events);
    }

    @CommandHandler
    void handle(RecordMonitoringEntry command) {
        decided(familyCase.recordMonitoring(command.date(), command.notes(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(EndMonitoring command) {
        decided(familyCase.endMonitoring(command.outcome(), command.note(), command.actor(), command.today()));
    }

    /** The family was released from the caseload at closure; a reopened case waits for a new assignment. */
    @CommandHandler
    void handle(ReopenCase command) {
        decided(familyCase.reopen(command.reason(), command.actor(), command.today()));
    }

    // ---------------------------------------------------------------- state

    private static void decided(List<FamilyCaseEvent> events) {
        events.forEach(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(FamilyCaseEvent event) {
        caseId = event.caseId().value();
        familyCase.apply(event);
    }

    @JsonProperty("familyCase")
    FamilyCase.Snapshot snapshot() {
        return familyCase.snapshot();
    }

    @JsonProperty("familyCase")
    void restore(FamilyCase.Snapshot snapshot) {
        familyCase = FamilyCase.fromSnapshot(snapshot);
    }
}
