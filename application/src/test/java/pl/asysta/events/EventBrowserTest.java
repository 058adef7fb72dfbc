package pl.asysta.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.Journey;
import pl.asysta.cases.familycase.People;
import pl.asysta.cases.familycase.domain.ClosureReason;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModels;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.integrity.IntegrityChecks;
import pl.asysta.integrity.IntegrityProgress;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * The auditor's event browser and integrity tools (ADR 0014): an auditor reads every stored event
 * of a case in stored order, as named fields with the names the portal knows, with its position and chain link;
 * filters by type, author, institution and period; every page read is recorded first; nobody else may read it,
 * and the auditor can change nothing.
 */
@SpringBootTest
class EventBrowserTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    CaseCommands commands;
    @Autowired
    EventStreamQueries events;
    @Autowired
    IntegrityChecks integrity;
    @Autowired
    InstitutionRegister institutions;
    @Autowired
    CaseProjectionRebuild readModel;
    @Autowired
    JdbcTemplate jdbc;

    final String unique = "ev" + NEXT.incrementAndGet() + "-" + System.nanoTime();
    final Actor auditor = new Actor(new UserId("audytor-" + unique), "Robert Szymański", Set.of(Role.AUDITOR),
            People.CENTRE);
    CaseId caseId;
    String familyName;

    @BeforeEach
    void aFamilyWaitingForAnAssistant() {
        institutions.register(new Institution(People.CENTRE, "Ośrodek Pomocy Społecznej w Testowie",
                InstitutionKind.SOCIAL_WELFARE_CENTRE));
        familyName = "Przeglądani " + unique;
        caseId = new Journey(commands, today()).awaitingAssignment(familyName);
        ReadModels.awaitCaughtUp(readModel);
    }

    @Test
    void an_auditor_reads_a_cases_events_in_stored_order_as_named_fields_with_their_chain_links() {
        List<StoredEventRow> rows = events.events(EventFilter.ALL.withCase(caseId), 0, 50, auditor);

        assertThat(rows).extracting(StoredEventRow::eventName).containsExactly("FamilyRegistered",
                "EnvironmentalInterviewRecorded", "AssistantRequested", "ConsentRecorded");
        assertThat(rows).extracting(StoredEventRow::position).isSorted();
        assertThat(rows).extracting(StoredEventRow::sequence).containsExactly(0L, 1L, 2L, 3L);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.stream()).isEqualTo(caseId.value());
            assertThat(row.caseId()).isEqualTo(caseId);
            assertThat(row.familyName()).isEqualTo(familyName);
            assertThat(row.authorName()).isEqualTo(People.SOCIAL_WORKER.displayName());
            assertThat(row.authorInstitutionName()).isEqualTo("Ośrodek Pomocy Społecznej w Testowie");
            assertThat(row.hash()).isEqualTo(jdbc.queryForObject(
                    "select encode(hash, 'hex') from event_chain where global_index = ?", String.class,
                    row.position()));
        });
        assertThat(rows.get(0).previousHash()).isEqualTo("0".repeat(64));
        assertThat(rows.get(1).previousHash()).isEqualTo(rows.get(0).hash());

        StoredEventRow registered = rows.get(0);
        assertThat(field(registered.payload(), "caseId").value()).isEqualTo(caseId.value());
        assertThat(field(registered.payload(), "familyName").value()).isEqualTo(familyName);
        assertThat(field(registered.payload(), "centre").value()).isEqualTo(People.CENTRE.value());
        assertThat(field(registered.payload(), "centre").known()).isEqualTo("Ośrodek Pomocy Społecznej w Testowie");
        assertThat(field(registered.payload(), "members", "2", "firstName").value()).isEqualTo("Ola");
        assertThat(field(registered.payload(), "address", "town").value()).isEqualTo("Przykładowo");
        assertThat(field(registered.payload(), "recordedBy", "userId").value())
                .isEqualTo(People.SOCIAL_WORKER.userId().value());
    }

    @Test
    void every_page_an_auditor_reads_is_recorded_before_it_is_returned_with_the_cases_it_shows() {
        long before = recordsBy(auditor);

        events.events(EventFilter.ALL.withCase(caseId), 0, 2, auditor);
        events.events(EventFilter.ALL.withCase(caseId), 2, 2, auditor);

        assertThat(recordsBy(auditor)).isEqualTo(before + 2);
        Map<String, Object> last = jdbc.queryForMap("""
                select view_name, array_to_string(case_ids, ',') as cases, categories, purpose from access_record
                where actor_id = ? order by record_id desc limit 1""", auditor.userId().value());
        assertThat(last).containsEntry("view_name", "EVENT_STREAM").containsEntry("cases", caseId.value())
                .containsEntry("purpose", "AUDIT");
        assertThat((String) last.get("categories")).contains("BASIC", "VIOLENCE", "HEALTH");

        assertThat(events.cases(unique, 0, 10, auditor)).extracting(Choice::value).containsExactly(caseId.value());
        assertThat(jdbc.queryForObject("select view_name from access_record where actor_id = ? "
                + "order by record_id desc limit 1", String.class, auditor.userId().value())).isEqualTo("CASE_LIST");
        long afterLists = recordsBy(auditor);
        assertThat(events.eventTypes(auditor)).extracting(Choice::label).contains("FamilyRegistered");
        assertThat(events.authors(auditor)).contains(new Choice(People.SOCIAL_WORKER.userId().value(),
                People.SOCIAL_WORKER.userId().value()));
        assertThat(recordsBy(auditor)).as("lists of types and authors name no family").isEqualTo(afterLists);
    }

    @Test
    void filters_narrow_the_events_by_type_author_institution_and_period() {
        Actor head = People.HEAD;
        commands.assignAssistant(caseId, new UserId("as-" + unique), "Asystent " + unique, today(), head);
        EventFilter ofCase = EventFilter.ALL.withCase(caseId);
        String consent = "pl.asysta.cases.FamilyCaseEvent$ConsentRecorded";

        assertThat(names(new EventFilter(caseId, consent, null, null, null, null))).containsExactly("ConsentRecorded");
        assertThat(names(new EventFilter(caseId, null, head.userId(), null, null, null)))
                .containsExactly("AssistantAssigned");
        assertThat(names(new EventFilter(caseId, null, null, People.CENTRE, null, null))).hasSize(5);
        assertThat(names(new EventFilter(caseId, null, null, new InstitutionId("sp-" + unique), null, null)))
                .isEmpty();
        assertThat(names(new EventFilter(caseId, null, null, null, today(), today())))
                .as("the case's events and the assistant's caseload taking it on")
                .containsExactlyInAnyOrder("FamilyRegistered", "EnvironmentalInterviewRecorded",
                        "AssistantRequested", "ConsentRecorded", "AssistantAssigned", "FamilyTakenOn");
        assertThat(names(new EventFilter(caseId, null, null, null, today().plusDays(1), null))).isEmpty();
        assertThat(names(new EventFilter(caseId, null, null, null, null, today().minusDays(1)))).isEmpty();
        long before = recordsBy(auditor);
        assertThat(names(new EventFilter(caseId, null, null, null, today(), today().minusDays(1)))).isEmpty();
        assertThat(recordsBy(auditor)).as("nothing shown, nothing recorded").isEqualTo(before);
        assertThat(events.events(ofCase, 3, 50, auditor)).extracting(StoredEventRow::eventName)
                .hasSize(3).startsWith("ConsentRecorded");
    }

    @Test
    void nobody_but_an_auditor_may_browse_the_events_check_the_chains_or_export_their_heads() {
        for (Role role : Arrays.stream(Role.values()).filter(role -> role != Role.AUDITOR).toList()) {
            Actor someone = new Actor(new UserId(role.name().toLowerCase() + "-" + unique), "Ktoś", Set.of(role),
                    People.CENTRE);

            refused(() -> events.events(EventFilter.ALL.withCase(caseId), 0, 50, someone));
            refused(() -> events.eventTypes(someone));
            refused(() -> events.authors(someone));
            refused(() -> events.institutions(someone));
            refused(() -> events.cases("", 0, 10, someone));
            refused(() -> integrity.verify(someone, IntegrityProgress.SILENT));
            refused(() -> integrity.exportHeads(someone, new StringWriter()));

            assertThat(recordsBy(someone)).as(role + " read nothing").isZero();
        }
    }

    @Test
    void an_auditors_integrity_check_and_heads_export_are_recorded_like_every_other_reading() {
        long before = recordsBy(auditor);

        assertThat(integrity.verify(auditor, IntegrityProgress.SILENT).intact()).isTrue();
        StringWriter heads = new StringWriter();
        integrity.exportHeads(auditor, heads);

        assertThat(heads.toString()).contains("\t" + caseId.value() + "\t3\t");
        assertThat(recordsBy(auditor)).isEqualTo(before + 2);
        assertThat(jdbc.queryForList("select view_name from access_record where actor_id = ? "
                + "order by record_id desc limit 2", String.class, auditor.userId().value()))
                .containsExactly("EXPORT", "INTEGRITY_CHECK");
    }

    @Test
    void an_auditor_reads_everything_but_every_command_is_refused_and_the_history_stays_as_it_was() {
        long stored = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, caseId.value());

        assertThatThrownBy(() -> commands.requestAssistant(caseId, "Audytor chciałby pomóc.", auditor))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> commands.recordConsent(caseId, "Anna", today(), "ZG/A/1", auditor))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> commands.close(caseId, ClosureReason.OTHER, "Koniec.", today(), 1, auditor))
                .isInstanceOf(DomainRuleViolation.class);

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, caseId.value())).isEqualTo(stored);
        assertThat(events.events(EventFilter.ALL.withCase(caseId), 0, 50, auditor)).hasSize((int) stored);
    }

    private List<String> names(EventFilter filter) {
        return events.events(filter, 0, 50, auditor).stream().map(StoredEventRow::eventName).toList();
    }

    private static PayloadField field(List<PayloadField> fields, String... path) {
        PayloadField found = null;
        List<PayloadField> level = fields;
        for (String name : path) {
            found = level.stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow(
                    () -> new AssertionError("no field " + name + " in " + fields));
            level = found.fields();
        }
        return found;
    }

    private long recordsBy(Actor actor) {
        return jdbc.queryForObject("select count(*) from access_record where actor_id = ?", Long.class,
                actor.userId().value());
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo("case.role-not-allowed"));
    }

    private static LocalDate today() {
        return LocalDate.now(ClockConfiguration.CENTRE_ZONE);
    }
}
