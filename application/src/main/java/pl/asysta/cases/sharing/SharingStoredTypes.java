package pl.asysta.cases.sharing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.asysta.cases.sharing.domain.SharingLedgerEvent;
import pl.asysta.eventstore.StoredTypes;

/**
 * The names this feature's events and aggregate snapshots are stored under: those of the classes when their
 * first rows were written. They are part of every stored row and its hash; a class may move or be renamed, its
 * stored name never changes (ADR 0019).
 */
@Configuration(proxyBeanMethods = false)
class SharingStoredTypes {

    @Bean
    StoredTypes sharingNames() {
        return StoredTypes.events(SharingLedgerEvent.class, "pl.asysta.cases.access.SharingLedgerEvent")
                .and(StoredTypes.type(SharingLedgerAggregate.class, "pl.asysta.cases.command.SharingLedgerAggregate"));
    }
}
