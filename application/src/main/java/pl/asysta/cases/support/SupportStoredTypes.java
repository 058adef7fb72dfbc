package pl.asysta.cases.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.asysta.cases.support.domain.SupportArrangementEvent;
import pl.asysta.eventstore.StoredTypes;

/**
 * The names this feature's events and aggregate snapshots are stored under: those of the classes when their
 * first rows were written. They are part of every stored row and its hash; a class may move or be renamed, its
 * stored name never changes (ADR 0019).
 */
@Configuration(proxyBeanMethods = false)
class SupportStoredTypes {

    @Bean
    StoredTypes supportNames() {
        return StoredTypes.events(SupportArrangementEvent.class, "pl.asysta.cases.support.SupportArrangementEvent")
                .and(StoredTypes.type(SupportArrangementAggregate.class,
                        "pl.asysta.cases.command.SupportArrangementAggregate"));
    }
}
