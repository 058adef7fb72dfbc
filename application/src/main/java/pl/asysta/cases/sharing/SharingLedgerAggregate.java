package pl.asysta.cases.sharing;

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

import pl.asysta.cases.familycase.CaseTeams;
import pl.asysta.cases.sharing.SharingLedgerCommand.GrantAccess;
import pl.asysta.cases.sharing.SharingLedgerCommand.RecordSharingConsent;
import pl.asysta.cases.sharing.SharingLedgerCommand.RevokeAccess;
import pl.asysta.cases.sharing.SharingLedgerCommand.WithdrawSharingConsent;
import pl.asysta.cases.sharing.domain.SharingLedger;
import pl.asysta.cases.sharing.domain.SharingLedgerEvent;
import pl.asysta.cases.sharing.domain.SharingLedgerId;

/**
 * The Axon home of a case's {@link SharingLedger}, a stream of its own next to the case ({@link SharingLedgerId}).
 * The first consent or grant starts it. Every handler first asks the case itself, in the same unit of work,
 * whether the actor is on its team ({@link CaseTeams}); then the ledger decides.
 */
@Aggregate(type = "SharingLedger", snapshotTriggerDefinition = "everyHundredEvents", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
class SharingLedgerAggregate {

    @AggregateIdentifier
    @JsonProperty
    String ledgerId;

    @JsonIgnore
    SharingLedger ledger = SharingLedger.empty();

    SharingLedgerAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordSharingConsent command, CaseTeams teams) {
        teams.requireCaseTeam(command.caseId(), command.actor());
        decided(ledger.recordConsent(command.caseId(), command.consentId(), command.grantId(), command.person(),
                command.institution(), command.kind(), command.categories(), command.purpose(), command.givenOn(),
                command.validUntil(), command.formReference(), command.actor(), command.today()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GrantAccess command, CaseTeams teams) {
        teams.requireCaseTeam(command.caseId(), command.actor());
        decided(ledger.grant(command.caseId(), command.grantId(), command.institution(), command.kind(),
                command.categories(), command.purpose(), command.basis(), command.basisReference(),
                command.validUntil(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(WithdrawSharingConsent command, CaseTeams teams) {
        teams.requireCaseTeam(command.caseId(), command.actor());
        decided(ledger.withdrawConsent(command.consentId(), command.withdrawnOn(), command.note(), command.actor(),
                command.today()));
    }

    @CommandHandler
    void handle(RevokeAccess command, CaseTeams teams) {
        teams.requireCaseTeam(command.caseId(), command.actor());
        decided(ledger.revoke(command.grantId(), command.note(), command.actor(), command.today()));
    }

    @EventSourcingHandler
    void on(SharingLedgerEvent event) {
        ledgerId = new SharingLedgerId(event.caseId()).toString();
        ledger.apply(event);
    }

    private static void decided(List<SharingLedgerEvent> events) {
        events.forEach(AggregateLifecycle::apply);
    }

    @JsonProperty("ledger")
    SharingLedger.Snapshot snapshot() {
        return ledger.snapshot();
    }

    @JsonProperty("ledger")
    void restore(SharingLedger.Snapshot snapshot) {
        ledger = SharingLedger.fromSnapshot(snapshot);
    }
}
