package pl.asysta.eventstore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How Axon writes events, snapshots and tokens as JSON (Jackson 2; the rest of Spring Boot 4 uses Jackson 3).
 * Readers tolerate properties they do not know: a domain record's derived accessor such as
 * {@code FamilyMember.isChild()} is written out as {@code "child"} but is no record component, and a property
 * dropped from an event in a later version must not make the stored history unreadable.
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .findAndRegisterModules()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
