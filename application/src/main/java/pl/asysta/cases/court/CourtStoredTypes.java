package pl.asysta.cases.court;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.asysta.cases.court.domain.CourtOpinionRequestEvent;
import pl.asysta.eventstore.StoredTypes;

/**
 * The names this feature's events and aggregate snapshots are stored under: those of the classes when their
 * first rows were written. They are part of every stored row and its hash; a class may move or be renamed, its
 * stored name never changes (ADR 0019).
 */
@Configuration(proxyBeanMethods = false)
class CourtStoredTypes {

    @Bean
    StoredTypes courtNames() {
        return StoredTypes.events(CourtOpinionRequestEvent.class, "pl.asysta.cases.court.CourtOpinionRequestEvent")
                .and(StoredTypes.type(CourtOpinionRequestAggregate.class,
                        "pl.asysta.cases.command.CourtOpinionRequestAggregate"));
    }
}
