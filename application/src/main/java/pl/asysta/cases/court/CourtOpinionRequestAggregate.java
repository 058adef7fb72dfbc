package pl.asysta.cases.court;

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

import pl.asysta.cases.court.CourtOpinionCommand.ApproveOpinion;
import pl.asysta.cases.court.CourtOpinionCommand.RecordCourtDecision;
import pl.asysta.cases.court.CourtOpinionCommand.RequestOpinion;
import pl.asysta.cases.court.CourtOpinionCommand.ReturnOpinion;
import pl.asysta.cases.court.CourtOpinionCommand.SaveOpinionDraft;
import pl.asysta.cases.court.CourtOpinionCommand.SubmitOpinion;
import pl.asysta.cases.court.CourtOpinionCommand.WithdrawOpinionRequest;
import pl.asysta.cases.court.domain.CourtOpinionRequest;
import pl.asysta.cases.court.domain.CourtOpinionRequestEvent;
import pl.asysta.cases.court.domain.OpinionDelivery;
import pl.asysta.cases.familycase.OpinionCases;
import pl.asysta.cases.familycase.domain.CaseOnFile;

/**
 * The Axon home of a {@link CourtOpinionRequest}, a stream of its own. The centre's steps are decided against the
 * family's case loaded in the same unit of work ({@link OpinionCases}); submission asks the event store where the
 * case file stands ({@link CaseFilePositions}); approval has the document made and kept through
 * {@link OpinionDelivery} in the same transaction as the delivery event, so either both are stored or neither.
 * A request has a handful of events and is never snapshotted.
 */
@Aggregate(type = "CourtOpinionRequest", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
class CourtOpinionRequestAggregate {

    @AggregateIdentifier
    @JsonProperty
    String requestId;

    @JsonIgnore
    CourtOpinionRequest request = CourtOpinionRequest.empty();

    CourtOpinionRequestAggregate() {
    }

    @CommandHandler
    CourtOpinionRequestAggregate(RequestOpinion command, OpinionCases cases) {
        cases.onFile(command.caseId());
        decided(CourtOpinionRequest.request(command.requestId(), command.caseId(), command.reference(),
                command.questions(), command.deadline(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(SaveOpinionDraft command, OpinionCases cases) {
        decided(request.saveDraft(command.text(), onFile(cases), command.actor()));
    }

    @CommandHandler
    void handle(SubmitOpinion command, OpinionCases cases, CaseFilePositions positions) {
        CaseOnFile onFile = onFile(cases);
        CourtOpinionRequest.drafter(command.actor(), onFile);
        decided(request.submit(command.text(), onFile, positions.now(request.caseId()), command.actor()));
    }

    @CommandHandler
    void handle(ReturnOpinion command, OpinionCases cases) {
        decided(request.returnForChanges(command.comments(), onFile(cases), command.actor()));
    }

    @CommandHandler
    void handle(ApproveOpinion command, OpinionCases cases, OpinionDelivery delivery) {
        decided(request.approve(onFile(cases), command.actor(), command.at(), delivery));
    }

    @CommandHandler
    void handle(WithdrawOpinionRequest command) {
        decided(request.withdraw(command.reason(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(RecordCourtDecision command) {
        decided(request.recordDecision(command.decisionId(), command.kind(), command.decidedOn(),
                command.reference(), command.summary(), command.actor(), command.today()));
    }

    @EventSourcingHandler
    void on(CourtOpinionRequestEvent event) {
        requestId = event.requestId().value();
        request.apply(event);
    }

    private CaseOnFile onFile(OpinionCases cases) {
        return cases.onFile(request.caseId());
    }

    private static void decided(List<CourtOpinionRequestEvent> events) {
        events.forEach(AggregateLifecycle::apply);
    }
}
