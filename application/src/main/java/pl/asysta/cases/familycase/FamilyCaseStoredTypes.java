package pl.asysta.cases.familycase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.asysta.cases.familycase.domain.AssistantCaseloadEvent;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.eventstore.StoredTypes;

/**
 * The names this feature's events and aggregate snapshots are stored under: those of the classes when their
 * first rows were written. They are part of every stored row and its hash; a class may move or be renamed, its
 * stored name never changes (ADR 0019).
 */
@Configuration(proxyBeanMethods = false)
class FamilyCaseStoredTypes {

    @Bean
    StoredTypes familyCaseNames() {
        return StoredTypes.events(FamilyCaseEvent.class, "pl.asysta.cases.FamilyCaseEvent")
                .and(StoredTypes.events(AssistantCaseloadEvent.class, "pl.asysta.cases.AssistantCaseloadEvent"))
                .and(StoredTypes.type(FamilyCaseAggregate.class, "pl.asysta.cases.command.FamilyCaseAggregate"))
                .and(StoredTypes.type(AssistantCaseloadAggregate.class,
                        "pl.asysta.cases.command.AssistantCaseloadAggregate"));
    }
}
