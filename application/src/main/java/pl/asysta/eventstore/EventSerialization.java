package pl.asysta.eventstore;

import java.util.List;

import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How Axon writes events, snapshots and tokens as JSON (Jackson 2; the rest of Spring Boot 4 uses Jackson 3).
 * Readers tolerate properties they do not know: a domain record's derived accessor such as
 * {@code FamilyMember.isChild()} is written out as {@code "child"} but is no record component, and a property
 * dropped from an event in a later version must not make the stored history unreadable.
 *
 * <p>Events and snapshots are written under the names the features give their classes ({@link StoredTypes}), so
 * that a class can move without an upcaster: the general serializer (snapshots, tokens) and the event serializer
 * both know them; commands and queries never leave the process and keep Axon's own serializer.
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .findAndRegisterModules()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Bean
    @Primary
    Serializer serializer(ObjectMapper defaultAxonObjectMapper, RevisionResolver revisionResolver,
                          List<StoredTypes> features) {
        return storedByName(defaultAxonObjectMapper, revisionResolver, features);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper defaultAxonObjectMapper, RevisionResolver revisionResolver,
                               List<StoredTypes> features) {
        return storedByName(defaultAxonObjectMapper, revisionResolver, features);
    }

    private static Serializer storedByName(ObjectMapper objectMapper, RevisionResolver revisionResolver,
                                           List<StoredTypes> features) {
        JacksonSerializer.Builder builder = JacksonSerializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(EventSerialization.class.getClassLoader()))
                .objectMapper(objectMapper);
        return new StoredNameSerializer(builder, features);
    }
}
