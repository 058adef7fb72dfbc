package pl.asysta.cases.referral;

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

import pl.asysta.cases.familycase.CaseTeams;
import pl.asysta.cases.referral.ReferralCommand.AcceptReferral;
import pl.asysta.cases.referral.ReferralCommand.AnswerReferral;
import pl.asysta.cases.referral.ReferralCommand.DeclineReferral;
import pl.asysta.cases.referral.ReferralCommand.ReferCase;
import pl.asysta.cases.referral.domain.Referral;
import pl.asysta.cases.referral.domain.ReferralEvent;

/**
 * The Axon home of a {@link Referral}. Sending one is the case team's, asked of the case itself in the same unit
 * of work; replies are checked by the referral against the institution it names. A referral has only a few
 * events, so it is never snapshotted; its state is rebuilt from them.
 */
@Aggregate(type = "Referral", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
class ReferralAggregate {

    @AggregateIdentifier
    @JsonProperty
    String referralId;

    @JsonIgnore
    Referral referral = Referral.empty();

    ReferralAggregate() {
    }

    @CommandHandler
    ReferralAggregate(ReferCase command, CaseTeams teams) {
        teams.requireCaseTeam(command.caseId(), command.actor());
        decided(Referral.refer(command.referralId(), command.caseId(), command.institution(), command.category(),
                command.purpose(), command.question(), command.deadline(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(AcceptReferral command) {
        decided(referral.accept(command.actor(), command.today()));
    }

    @CommandHandler
    void handle(DeclineReferral command) {
        decided(referral.decline(command.reason(), command.actor(), command.today()));
    }

    @CommandHandler
    void handle(AnswerReferral command) {
        decided(referral.answer(command.answer(), command.answeredOn(), command.actor(), command.today()));
    }

    @EventSourcingHandler
    void on(ReferralEvent event) {
        referralId = event.referralId().value();
        referral.apply(event);
    }

    private static void decided(List<ReferralEvent> events) {
        events.forEach(AggregateLifecycle::apply);
    }
}
