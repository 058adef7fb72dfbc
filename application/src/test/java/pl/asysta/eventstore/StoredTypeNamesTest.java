package pl.asysta.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * The names events and snapshots are stored under are a contract with every row ever written and every hash
 * over it (ADR 0019): a class may move or be renamed, its stored name stays, and no stored name disappears.
 */
@SpringBootTest
class StoredTypeNamesTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pl.asysta");

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    Serializer generalSerializer;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void no_stored_name_changes_or_disappears() throws IOException {
        assertThat(storedNames().values()).as("the stored names of events and snapshots")
                .containsExactlyInAnyOrderElementsOf(namesOnRecord());
    }

    @Test
    void every_event_and_every_aggregate_has_a_stored_name() {
        Set<String> named = storedNames().keySet().stream().map(Class::getName).collect(Collectors.toSet());
        List<String> events = PORTAL.stream()
                .filter(type -> type.isInterface() && type.getSimpleName().endsWith("Event")
                        && type.reflect().isSealed())
                .flatMap(type -> Arrays.stream(type.reflect().getPermittedSubclasses()))
                .map(Class::getName)
                .toList();
        List<String> aggregates = PORTAL.stream().filter(type -> type.isAnnotatedWith(Aggregate.class))
                .map(JavaClass::getName).toList();

        assertThat(events).as("events").hasSizeGreaterThan(40);
        assertThat(named).containsAll(events).containsAll(aggregates);
    }

    @Test
    void both_serializers_write_and_read_each_class_by_its_stored_name() {
        storedNames().forEach((type, name) -> {
            for (Serializer serializer : List.of(eventSerializer, generalSerializer)) {
                assertThat(serializer.typeForClass(type).getName()).isEqualTo(name);
                assertThat(serializer.classForType(new SimpleSerializedType(name, null))).isEqualTo(type);
            }
        });
    }

    @Test
    void an_event_is_stored_under_its_stored_name_and_read_back_as_its_class() {
        String stream = "stored-name-" + System.nanoTime();
        FamilyCaseEvent.ConsentRecorded consent = new FamilyCaseEvent.ConsentRecorded(new CaseId(stream),
                "Joanna Nowak", LocalDate.of(2026, 3, 2), "ZG/1/2026",
                new Author(new UserId("as-" + stream), "Anna Kowalska", Role.FAMILY_ASSISTANT,
                        new InstitutionId("ops-" + stream)));
        transactions.executeWithoutResult(status -> eventStore.publish(List.of(
                new GenericDomainEventMessage<>("FamilyCase", stream, 0, consent))));

        assertThat(jdbc.queryForObject("select payload_type from domain_event_entry where aggregate_identifier = ?",
                String.class, stream)).isEqualTo("pl.asysta.cases.FamilyCaseEvent$ConsentRecorded");
        List<Object> read = eventStore.readEvents(stream).asStream().map(message -> (Object) message.getPayload())
                .toList();
        assertThat(read).containsExactly(consent);
    }

    private Map<Class<?>, String> storedNames() {
        return ((StoredNameSerializer) eventSerializer).storedNames();
    }

    private static List<String> namesOnRecord() throws IOException {
        try (InputStream file = StoredTypeNamesTest.class.getResourceAsStream("/stored-type-names.txt")) {
            return new String(file.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
