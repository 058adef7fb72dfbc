package pl.asysta.cases.referral;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.asysta.cases.referral.domain.ReferralEvent;
import pl.asysta.eventstore.StoredTypes;

/**
 * The names this feature's events and aggregate snapshots are stored under: those of the classes when their
 * first rows were written. They are part of every stored row and its hash; a class may move or be renamed, its
 * stored name never changes (ADR 0019).
 */
@Configuration(proxyBeanMethods = false)
class ReferralStoredTypes {

    @Bean
    StoredTypes referralNames() {
        return StoredTypes.events(ReferralEvent.class, "pl.asysta.cases.referral.ReferralEvent")
                .and(StoredTypes.type(ReferralAggregate.class, "pl.asysta.cases.command.ReferralAggregate"));
    }
}
