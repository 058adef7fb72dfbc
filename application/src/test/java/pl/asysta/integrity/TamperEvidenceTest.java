package pl.asysta.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessRecordChain;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.Journey;
import pl.asysta.cases.familycase.People;
import pl.asysta.eventstore.EventChain;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;

/**
 * Tamper evidence (ADR 0014): every event the portal appends is linked into its stream's SHA-256 chain in
 * the same transaction, and whatever a superuser does to the stored history behind the portal's back (a payload
 * rewritten, an event deleted, two events swapped, an event slipped in, an access record changed) the verifier
 * names the stream and the position where the chain first breaks. Each test puts the history back as it was, so
 * the shared database stays whole for the tests after it.
 */
@SpringBootTest
class TamperEvidenceTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final HexFormat HEX = HexFormat.of();

    @Autowired
    CaseCommands commands;
    @Autowired
    IntegrityVerifier verifier;
    @Autowired
    AccessLog accessLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    Superuser superuser;
    CaseId caseId;

    @BeforeEach
    void aFamilyWaitingForAnAssistant() {
        superuser = new Superuser(dataSource);
        caseId = new Journey(commands, LocalDate.now()).awaitingAssignment("Łańcuchowscy " + NEXT.incrementAndGet());
    }

    @Test
    void each_command_links_its_events_into_the_streams_chain_as_they_are_appended() {
        List<Map<String, Object>> links = jdbc.queryForList("""
                select e.global_index, e.sequence_number, e.event_identifier, e.type, e.time_stamp, e.payload_type,
                    e.payload_revision, e.payload, e.meta_data, c.previous_hash, c.hash, c.case_id, c.author_id,
                    c.author_institution, c.recorded_at
                from domain_event_entry e join event_chain c on c.global_index = e.global_index
                where e.aggregate_identifier = ? order by e.sequence_number""", caseId.value());

        assertThat(links).extracting(link -> link.get("sequence_number")).containsExactly(0L, 1L, 2L, 3L);
        byte[] previous = EventChain.GENESIS;
        for (Map<String, Object> link : links) {
            assertThat((byte[]) link.get("previous_hash")).isEqualTo(previous);
            byte[] expected = EventChain.hash(previous, new EventChain.StoredEvent(
                    (String) link.get("event_identifier"), caseId.value(), (Long) link.get("sequence_number"),
                    (String) link.get("type"), (String) link.get("time_stamp"), (String) link.get("payload_type"),
                    (String) link.get("payload_revision"), (byte[]) link.get("payload"),
                    (byte[]) link.get("meta_data")));
            assertThat((byte[]) link.get("hash")).isEqualTo(expected);
            assertThat(link).containsEntry("case_id", caseId.value())
                    .containsEntry("author_id", People.SOCIAL_WORKER.userId().value())
                    .containsEntry("author_institution", People.CENTRE.value());
            previous = expected;
        }
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry e where not exists "
                + "(select 1 from event_chain c where c.global_index = e.global_index)", Long.class)).isZero();
    }

    @Test
    void an_untouched_history_verifies_as_intact_counting_every_event_stream_and_access_record() {
        accessLog.record(People.SOCIAL_WORKER, AccessView.CASE_LIST, List.of(caseId), Set.of(DataCategory.BASIC),
                "CASE_WORK", null);
        List<long[]> progress = new ArrayList<>();

        IntegrityReport report = verifier.verify((checked, total) -> progress.add(new long[] {checked, total}));

        assertThat(report.intact()).isTrue();
        assertThat(report.brokenLinks()).isEmpty();
        assertThat(report.eventsChecked())
                .isEqualTo(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
        assertThat(report.streamsChecked()).isEqualTo(jdbc.queryForObject(
                "select count(distinct aggregate_identifier) from domain_event_entry", Long.class));
        assertThat(report.accessRecordsChecked())
                .isEqualTo(jdbc.queryForObject("select count(*) from access_record", Long.class));
        long total = report.eventsChecked() + report.accessRecordsChecked();
        assertThat(progress).isNotEmpty().allSatisfy(step -> assertThat(step[1]).isEqualTo(total));
        assertThat(progress).extracting(step -> step[0]).isSorted().endsWith(total);
    }

    @Test
    void a_payload_rewritten_by_a_superuser_is_reported_at_exactly_its_stream_and_position() {
        Map<String, Object> interview = event(1);
        long position = (Long) interview.get("global_index");
        byte[] original = (byte[]) interview.get("payload");
        byte[] forged = new String(original, StandardCharsets.UTF_8)
                .replace("Trudności wychowawcze", "Brak trudności").getBytes(StandardCharsets.UTF_8);
        try {
            assertThat(superuser.execute("update domain_event_entry set payload = ? where global_index = ?", forged,
                    position)).isOne();

            IntegrityReport report = verifier.verify(IntegrityProgress.SILENT);

            assertThat(report.intact()).isFalse();
            assertThat(report.brokenLinks()).singleElement().satisfies(link -> {
                assertThat(link.stream()).isEqualTo(caseId.value());
                assertThat(link.position()).isEqualTo(position);
                assertThat(link.sequence()).isEqualTo(1L);
                assertThat(link.problem()).isEqualTo(LinkProblem.CONTENT_CHANGED);
                assertThat(link.stored()).isEqualTo(HEX.formatHex(linkHash(position)));
                assertThat(link.expected()).isNotEqualTo(link.stored()).hasSize(64);
            });
        } finally {
            superuser.execute("update domain_event_entry set payload = ? where global_index = ?", original, position);
        }
        assertThat(verifier.verify(IntegrityProgress.SILENT).intact()).isTrue();
    }

    @Test
    void an_event_deleted_with_its_link_is_reported_where_the_stream_goes_on_without_it() {
        Map<String, Object> deleted = event(1);
        Map<String, Object> deletedLink = link(1);
        long position = (Long) deleted.get("global_index");
        try {
            superuser.execute("delete from event_chain where global_index = ?", position);
            superuser.execute("delete from domain_event_entry where global_index = ?", position);

            IntegrityReport report = verifier.verify(IntegrityProgress.SILENT);

            assertThat(report.brokenLinks()).singleElement().satisfies(link -> {
                assertThat(link.stream()).isEqualTo(caseId.value());
                assertThat(link.position()).isEqualTo(event(2).get("global_index"));
                assertThat(link.problem()).isEqualTo(LinkProblem.SEQUENCE_GAP);
                assertThat(link.expected()).isEqualTo("1");
                assertThat(link.stored()).isEqualTo("2");
            });
        } finally {
            restore("domain_event_entry", deleted);
            restore("event_chain", deletedLink);
        }
        assertThat(verifier.verify(IntegrityProgress.SILENT).intact()).isTrue();
    }

    @Test
    void an_event_deleted_without_its_link_is_reported_at_its_own_position() {
        Map<String, Object> deleted = event(3);
        long position = (Long) deleted.get("global_index");
        try {
            superuser.execute("delete from domain_event_entry where global_index = ?", position);

            assertThat(verifier.verify(IntegrityProgress.SILENT).brokenLinks()).singleElement()
                    .isEqualTo(new BrokenLink(caseId.value(), position, 3L, LinkProblem.LINK_WITHOUT_EVENT, null,
                            null));
        } finally {
            restore("domain_event_entry", deleted);
        }
        assertThat(verifier.verify(IntegrityProgress.SILENT).intact()).isTrue();
    }

    @Test
    void two_events_swapped_in_their_stream_are_reported_at_the_first_of_them() {
        long first = (Long) event(1).get("global_index");
        try {
            swapSequences(1, 2);

            assertThat(verifier.verify(IntegrityProgress.SILENT).brokenLinks()).singleElement()
                    .satisfies(link -> {
                        assertThat(link.stream()).isEqualTo(caseId.value());
                        assertThat(link.position()).isEqualTo(first);
                        assertThat(link.problem()).isEqualTo(LinkProblem.LINK_OF_ANOTHER_EVENT);
                    });
        } finally {
            swapSequences(1, 2);
        }
        assertThat(verifier.verify(IntegrityProgress.SILENT).intact()).isTrue();
    }

    @Test
    void an_event_slipped_in_around_the_event_store_is_reported_as_having_no_link() {
        long position = jdbc.queryForObject("select nextval('domain_event_global_index_seq')", Long.class);
        try {
            superuser.execute("""
                    insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                        event_identifier, time_stamp, payload_type, payload)
                    values (?, ?, 4, 'FamilyCaseAggregate', ?, '2026-01-01T00:00:00Z',
                        'pl.asysta.cases.FamilyCaseEvent$CaseClosed', '\\x7b7d')""", position, caseId.value(),
                    "slipped-" + position);

            assertThat(verifier.verify(IntegrityProgress.SILENT).brokenLinks()).singleElement()
                    .isEqualTo(new BrokenLink(caseId.value(), position, 4L, LinkProblem.EVENT_WITHOUT_LINK, null,
                            null));
        } finally {
            superuser.execute("delete from domain_event_entry where global_index = ?", position);
        }
        assertThat(verifier.verify(IntegrityProgress.SILENT).intact()).isTrue();
    }

    @Test
    void an_access_record_changed_by_a_superuser_is_reported_by_the_same_verifier() {
        long record = accessLog.record(People.SOCIAL_WORKER, AccessView.CASE_LIST, List.of(caseId),
                Set.of(DataCategory.BASIC), "CASE_WORK", null);
        try {
            superuser.execute("update access_record set purpose = 'Ciekawość' where record_id = ?", record);

            assertThat(verifier.verify(IntegrityProgress.SILENT).brokenLinks()).singleElement()
                    .satisfies(link -> {
                        assertThat(link.stream()).isEqualTo(AccessRecordChain.STREAM);
                        assertThat(link.position()).isEqualTo(record);
                        assertThat(link.sequence()).isNull();
                        assertThat(link.problem()).isEqualTo(LinkProblem.CONTENT_CHANGED);
                        assertThat(link.expected()).isNotEqualTo(link.stored());
                    });
        } finally {
            superuser.execute("update access_record set purpose = 'CASE_WORK' where record_id = ?", record);
        }
        assertThat(verifier.verify(IntegrityProgress.SILENT).intact()).isTrue();
    }

    @Test
    void the_psql_recipe_recomputes_the_same_chains_and_finds_the_same_rewritten_event() throws IOException {
        String recipe = Files.readString(Path.of("..", "scripts", "verify-event-chains.sql"));
        assertThat(jdbc.queryForList(recipe)).isEmpty();
        Map<String, Object> interview = event(1);
        long position = (Long) interview.get("global_index");
        byte[] original = (byte[]) interview.get("payload");
        try {
            superuser.execute("update domain_event_entry set payload = ? where global_index = ?",
                    "{\"caseId\":\"forged\"}".getBytes(StandardCharsets.UTF_8), position);

            assertThat(jdbc.queryForList(recipe)).singleElement().satisfies(row -> assertThat(row)
                    .containsEntry("global_index", position)
                    .containsEntry("aggregate_identifier", caseId.value())
                    .containsEntry("sequence_number", 1L)
                    .containsEntry("problem", "CONTENT_CHANGED"));
        } finally {
            superuser.execute("update domain_event_entry set payload = ? where global_index = ?", original, position);
        }
        assertThat(jdbc.queryForList(recipe)).isEmpty();
    }

    private Map<String, Object> event(long sequence) {
        return jdbc.queryForMap("select * from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = ?", caseId.value(), sequence);
    }

    private Map<String, Object> link(long sequence) {
        return jdbc.queryForMap("select * from event_chain where aggregate_identifier = ? and sequence_number = ?",
                caseId.value(), sequence);
    }

    private byte[] linkHash(long position) {
        return jdbc.queryForObject("select hash from event_chain where global_index = ?", byte[].class, position);
    }

    private void swapSequences(long one, long other) {
        String sql = "update domain_event_entry set sequence_number = ? where aggregate_identifier = ? "
                + "and sequence_number = ?";
        superuser.execute(sql, -1L, caseId.value(), one);
        superuser.execute(sql, one, caseId.value(), other);
        superuser.execute(sql, other, caseId.value(), -1L);
    }

    private void restore(String table, Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String values = String.join(", ", row.keySet().stream().map(column -> "?").toList());
        superuser.execute("insert into " + table + " (" + columns + ") values (" + values + ")",
                row.values().toArray());
    }
}
