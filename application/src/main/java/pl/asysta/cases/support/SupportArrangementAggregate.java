package pl.asysta.cases.support;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import pl.asysta.cases.familycase.CaseStandings;
import pl.asysta.cases.support.SupportArrangementCommand.ApproveReimbursement;
import pl.asysta.cases.support.SupportArrangementCommand.ClaimReimbursement;
import pl.asysta.cases.support.SupportArrangementCommand.CorrectReimbursement;
import pl.asysta.cases.support.SupportArrangementCommand.EndSupportArrangement;
import pl.asysta.cases.support.SupportArrangementCommand.LogHelp;
import pl.asysta.cases.support.SupportArrangementCommand.RecordSupportArrangement;
import pl.asysta.cases.support.SupportArrangementCommand.RejectReimbursement;
import pl.asysta.cases.support.domain.SupportArrangement;
import pl.asysta.cases.support.domain.SupportArrangementEvent;

/**
 * The Axon home of a {@link SupportArrangement}, a stream of its own next to the family's case. Recording it asks
 * the case, in the same unit of work, for its centre and stage ({@link CaseStandings}); everything else is the
 * arrangement's to decide. A household logs a few entries a week, so the stream stays short enough to replay
 * without snapshots.
 */
@Aggregate(type = "SupportArrangement", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
class SupportArrangementAggregate {

    @AggregateIdentifier
    @JsonProperty
    String arrangementId;

    @JsonIgnore
    SupportArrangement arrangement = SupportArrangement.empty();

    SupportArrangementAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordSupportArrangement command, CaseStandings cases) {
        decided(arrangement.record(command.arrangementId(), command.caseId(), cases.standingOf(command.caseId()),
                command.household(), command.householdKind(), command.householdName(), command.agreementReference(),
                command.startsOn(), command.endsOn(), command.terms(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(EndSupportArrangement command) {
        decided(arrangement.end(command.endedOn(), command.reason(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(LogHelp command) {
        decided(arrangement.logHelp(command.entryId(), command.helpedOn(), command.minutes(), command.kind(),
                command.note(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(ClaimReimbursement command) {
        decided(arrangement.claim(command.claimId(), command.month(), command.lines(), command.receipts(),
                command.note(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(CorrectReimbursement command) {
        decided(arrangement.correct(command.claimId(), command.month(), command.lines(), command.receipts(),
                command.note(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(ApproveReimbursement command) {
        decided(arrangement.approve(command.claimId(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(RejectReimbursement command) {
        decided(arrangement.reject(command.claimId(), command.reason(), command.actor(), command.today()));
    }

    @EventSourcingHandler
    void on(SupportArrangementEvent event) {
        arrangementId = event.arrangementId().value();
        arrangement.apply(event);
    }

    private static void decided(List<SupportArrangementEvent> events) {
        events.forEach(AggregateLifecycle::apply);
    }
}
