package pl.asysta.cases.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.institutions.Institution;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * Every read of case data is audited (docs/access-matrix.md): one record per opening or list, written before anything
 * is shown and nothing shown when it cannot be written; records are append-only and chained, so that a changed
 * record is found; the assistant hears of readers outside the case team.
 */
class AccessLogTest extends AccessTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    TransactionTemplate transactions;

    final String unique = "log" + System.nanoTime() + "-" + NEXT.incrementAndGet();
    final InstitutionId centre = new InstitutionId("ops-" + unique);
    final InstitutionId school = new InstitutionId("sp-" + unique);
    final Actor socialWorker = actor("sw", Role.SOCIAL_WORKER, centre);
    final Actor head = actor("head", Role.CENTRE_HEAD, centre);
    final Actor assistant = actor("as", Role.FAMILY_ASSISTANT, centre);
    final Actor teacher = actor("pedagog", Role.INSTITUTION_STAFF, school);
    final Actor auditor = actor("iod", Role.AUDITOR, centre);

    CaseId kowalscy;

    @BeforeEach
    void aCaseSharedWithTheSchool() {
        institutions.register(new Institution(centre, "OPS " + unique, InstitutionKind.SOCIAL_WELFARE_CENTRE));
        institutions.register(new Institution(school, "SP " + unique, InstitutionKind.SCHOOL));
        kowalscy = assignedCase("Kowalscy");
        sharing.recordConsent(kowalscy, "Jan Kowalski", school, Set.of(DataCategory.BASIC, DataCategory.EDUCATION),
                "Wsparcie w nauce", today(), today().plusMonths(6), "ZG/SP/1", assistant);
        awaitProjected();
    }

    // ---------------------------------------------------------------- one record per reading

    @Test
    void opening_a_case_file_writes_exactly_one_record_however_much_is_read_through_it() {
        long before = recordsAbout(kowalscy);

        CaseFile file = caseFiles.open(kowalscy, teacher).orElseThrow();
        fileQueries.details(file);
        timeline.page(file, TimelineFilter.ALL, 0, 50);
        timeline.page(file, TimelineFilter.ALL, 50, 50);
        timeline.count(file, TimelineFilter.ALL);
        fileQueries.workPlan(file);
        caseFiles.categories(file);
        sharingQueries.consents(file);
        referralQueries.ofCase(file);

        assertThat(recordsAbout(kowalscy)).isEqualTo(before + 1);
        Map<String, Object> record = jdbc.queryForMap("select * from access_record where record_id = ?",
                file.accessRecord());
        assertThat(record).containsEntry("actor_id", teacher.userId().value())
                .containsEntry("actor_name", teacher.displayName())
                .containsEntry("actor_roles", "INSTITUTION_STAFF")
                .containsEntry("institution", school.value())
                .containsEntry("view_name", "CASE_FILE")
                .containsEntry("categories", "BASIC,EDUCATION")
                .containsEntry("purpose", "Wsparcie w nauce");
        assertThat(caseIds(file.accessRecord())).containsExactly(kowalscy.value());
    }

    @Test
    void each_read_by_case_id_opens_the_file_and_is_recorded_once() {
        long before = recordsAbout(kowalscy);

        fileQueries.details(kowalscy, assistant);
        timeline.page(kowalscy, TimelineFilter.ALL, 0, 50, assistant);
        timeline.count(kowalscy, TimelineFilter.ALL, assistant);
        fileQueries.workPlan(kowalscy, assistant);

        assertThat(recordsAbout(kowalscy)).isEqualTo(before + 4);
    }

    @Test
    void a_case_one_may_not_see_is_neither_shown_nor_recorded() {
        long before = recordsAbout(kowalscy);
        Actor stranger = actor("obcy", Role.INSTITUTION_STAFF, new InstitutionId("sp-obca-" + unique));

        assertThat(caseFiles.open(kowalscy, stranger)).isEmpty();
        assertThat(workLists.casesFor(stranger)).isEmpty();

        assertThat(recordsAbout(kowalscy)).isEqualTo(before);
        assertThat(recordsBy(stranger)).isZero();
    }

    @Test
    void a_list_of_families_is_one_record_naming_every_case_it_shows() {
        CaseId nowakowie = assignedCase("Nowakowie");
        awaitProjected();
        long before = recordsBy(assistant);

        List<CaseSummary> shown = workLists.casesFor(assistant);

        assertThat(shown).extracting(CaseSummary::caseId).containsExactlyInAnyOrder(kowalscy, nowakowie);
        assertThat(recordsBy(assistant)).isEqualTo(before + 1);
        long record = lastRecordBy(assistant);
        assertThat(caseIds(record)).containsExactlyInAnyOrder(kowalscy.value(), nowakowie.value());
        assertThat(jdbc.queryForObject("select view_name from access_record where record_id = ?", String.class,
                record)).isEqualTo("CASE_LIST");
        assertThat(jdbc.queryForObject("select categories from access_record where record_id = ?", String.class,
                record)).isEqualTo("BASIC");
    }

    @Test
    void an_empty_list_shows_nothing_and_needs_no_record() {
        Actor newcomer = actor("as-nowa", Role.FAMILY_ASSISTANT, centre);

        assertThat(workLists.casesFor(newcomer)).isEmpty();
        assertThat(referralQueries.dueFor(newcomer)).isEmpty();

        assertThat(recordsBy(newcomer)).isZero();
    }

    @Test
    void the_referral_inbox_is_recorded_with_the_cases_of_its_referrals() {
        referrals.refer(kowalscy, school, DataCategory.EDUCATION, "Sytuacja szkolna", "Jak idzie nauka?",
                today().plusDays(7), assistant);
        awaitProjected();
        long before = recordsBy(teacher);

        assertThat(referralQueries.inbox(teacher)).extracting(ReferralRow::caseId).containsExactly(kowalscy);

        assertThat(recordsBy(teacher)).isEqualTo(before + 1);
        long record = lastRecordBy(teacher);
        assertThat(caseIds(record)).containsExactly(kowalscy.value());
        assertThat(jdbc.queryForObject("select view_name from access_record where record_id = ?", String.class,
                record)).isEqualTo("REFERRAL_INBOX");
    }

    // ---------------------------------------------------------------- alerts

    @Test
    void the_assistant_is_alerted_when_someone_outside_the_case_team_opens_the_file() {
        assertThat(sharingQueries.alertsFor(assistant)).isEmpty();

        CaseFile file = caseFiles.open(kowalscy, teacher).orElseThrow();

        assertThat(sharingQueries.alertsFor(assistant)).singleElement().satisfies(alert -> {
            assertThat(alert.caseId()).isEqualTo(kowalscy);
            assertThat(alert.familyName()).isEqualTo("Kowalscy " + unique);
            assertThat(alert.record().recordId()).isEqualTo(file.accessRecord());
            assertThat(alert.record().actorId()).isEqualTo(teacher.userId());
            assertThat(alert.record().institution()).isEqualTo(school);
            assertThat(alert.record().purpose()).isEqualTo("Wsparcie w nauce");
        });
        assertThat(sharingQueries.alertsFor(teacher)).isEmpty();
    }

    @Test
    void the_case_team_opening_the_file_alerts_nobody() {
        caseFiles.open(kowalscy, head).orElseThrow();
        caseFiles.open(kowalscy, socialWorker).orElseThrow();
        caseFiles.open(kowalscy, assistant).orElseThrow();

        assertThat(sharingQueries.alertsFor(assistant)).isEmpty();
    }

    @Test
    void the_auditor_reading_the_file_is_recorded_and_alerts_the_assistant() {
        long before = recordsAbout(kowalscy);

        CaseFile file = caseFiles.open(kowalscy, auditor).orElseThrow();

        assertThat(recordsAbout(kowalscy)).isEqualTo(before + 1);
        assertThat(purposeOf(file.accessRecord())).isEqualTo("AUDIT");
        assertThat(sharingQueries.alertsFor(assistant)).extracting(alert -> alert.record().actorId())
                .containsExactly(auditor.userId());
    }

    @Test
    void an_acknowledged_alert_leaves_the_assistants_list() {
        CaseFile file = caseFiles.open(kowalscy, teacher).orElseThrow();

        sharingQueries.acknowledge(file.accessRecord(), assistant);

        assertThat(sharingQueries.alertsFor(assistant)).isEmpty();
    }

    @Test
    void the_assistant_and_the_head_see_who_opened_the_file_and_why() {
        CaseFile teachers = caseFiles.open(kowalscy, teacher).orElseThrow();

        CaseFile assistants = caseFiles.open(kowalscy, assistant).orElseThrow();

        assertThat(sharingQueries.openings(assistants)).extracting(AccessRecordRow::recordId)
                .startsWith(assistants.accessRecord(), teachers.accessRecord());
        assertThat(sharingQueries.openings(caseFiles.open(kowalscy, head).orElseThrow()))
                .extracting(AccessRecordRow::purpose).contains("Wsparcie w nauce");
        assertThat(sharingQueries.openings(teachers)).isEmpty();
        assertThat(sharingQueries.openings(caseFiles.open(kowalscy, socialWorker).orElseThrow())).isEmpty();
    }

    // ---------------------------------------------------------------- fail closed

    @Test
    void when_no_record_can_be_written_nothing_is_shown() {
        long before = recordsAbout(kowalscy);
        jdbc.execute("""
                create or replace function access_log_unavailable() returns trigger language plpgsql as
                $$ begin raise exception 'the access log is unavailable'; end $$""");
        jdbc.execute("create trigger access_log_unavailable before insert on access_record "
                + "for each row execute function access_log_unavailable()");
        try {
            assertThatThrownBy(() -> caseFiles.open(kowalscy, teacher)).hasStackTraceContaining("unavailable");
            assertThatThrownBy(() -> fileQueries.details(kowalscy, assistant)).hasStackTraceContaining("unavailable");
            assertThatThrownBy(() -> timeline.page(kowalscy, TimelineFilter.ALL, 0, 50, head))
                    .hasStackTraceContaining("unavailable");
            assertThatThrownBy(() -> workLists.casesFor(assistant)).hasStackTraceContaining("unavailable");
        } finally {
            jdbc.execute("drop trigger access_log_unavailable on access_record");
            jdbc.execute("drop function access_log_unavailable()");
        }
        assertThat(recordsAbout(kowalscy)).isEqualTo(before);
        assertThat(sharingQueries.alertsFor(assistant)).isEmpty();
        assertThat(caseFiles.open(kowalscy, teacher)).isPresent();
    }

    // ---------------------------------------------------------------- append-only, tamper-evident

    @Test
    void a_whole_chain_verifies_and_every_record_is_checked() {
        caseFiles.open(kowalscy, teacher).orElseThrow();
        caseFiles.open(kowalscy, head).orElseThrow();

        ChainCheck check = accessLog.verify();

        assertThat(check.intact()).isTrue();
        assertThat(check.firstBrokenRecord()).isNull();
        assertThat(check.recordsChecked()).isEqualTo(
                jdbc.queryForObject("select count(*) from access_record", Long.class));
    }

    @Test
    void a_record_changed_behind_the_portals_back_is_found_and_it_is_the_first_changed_one() {
        long first = caseFiles.open(kowalscy, teacher).orElseThrow().accessRecord();
        caseFiles.open(kowalscy, head).orElseThrow();
        long later = caseFiles.open(kowalscy, auditor).orElseThrow().accessRecord();
        String firstPurpose = purposeOf(first);
        String laterPurpose = purposeOf(later);
        assertThat(accessLog.verify().intact()).isTrue();

        try {
            rewritePurpose(later, "Ciekawość");
            assertThat(accessLog.verify().firstBrokenRecord()).isEqualTo(later);

            rewritePurpose(first, "Kontrola");
            assertThat(accessLog.verify().firstBrokenRecord()).isEqualTo(first);
        } finally {
            rewritePurpose(first, firstPurpose);
            rewritePurpose(later, laterPurpose);
        }
        assertThat(accessLog.verify().intact()).isTrue();
    }

    @Test
    void a_stored_record_can_be_neither_changed_nor_deleted_nor_truncated() {
        long record = caseFiles.open(kowalscy, teacher).orElseThrow().accessRecord();
        long stored = jdbc.queryForObject("select count(*) from access_record", Long.class);

        refusedByTheDatabase("update access_record set purpose = 'Ciekawość' where record_id = " + record);
        refusedByTheDatabase("delete from access_record where record_id = " + record);
        refusedByTheDatabase("truncate access_record cascade");

        assertThat(jdbc.queryForObject("select count(*) from access_record", Long.class)).isEqualTo(stored);
        assertThat(purposeOf(record)).isEqualTo("Wsparcie w nauce");
    }

    @Test
    void openings_from_eight_threads_at_once_keep_one_unbroken_chain() throws Exception {
        int threads = 8;
        int opensEach = 25;
        long before = jdbc.queryForObject("select count(*) from access_record", Long.class);
        List<Actor> readers = List.of(assistant, head, socialWorker, teacher, auditor, assistant, head, teacher);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (Actor reader : readers) {
                Callable<List<Long>> opens = () -> {
                    List<Long> records = new ArrayList<>();
                    for (int i = 0; i < opensEach; i++) {
                        records.add(caseFiles.open(kowalscy, reader).orElseThrow().accessRecord());
                    }
                    return records;
                };
                results.add(pool.submit(opens));
            }
            List<Long> records = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                records.addAll(result.get());
            }
            assertThat(records).hasSize(threads * opensEach).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForObject("select count(*) from access_record", Long.class))
                .isEqualTo(before + threads * opensEach);
        assertThat(accessLog.verify().intact()).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from access_record r
                join access_record p on p.record_id = (select max(record_id) from access_record
                                                       where record_id < r.record_id)
                where r.previous_hash <> p.hash""", Long.class)).isZero();
    }

    // ---------------------------------------------------------------- helpers

    private void rewritePurpose(long record, String purpose) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("alter table access_record disable trigger access_record_no_update_or_delete");
            jdbc.update("update access_record set purpose = ? where record_id = ?", purpose, record);
            jdbc.execute("alter table access_record enable trigger access_record_no_update_or_delete");
        });
    }

    /** The statement is refused by the append-only trigger; run in a transaction rolled back whatever happens. */
    private void refusedByTheDatabase(String statement) {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.execute(statement);
        })).rootCause().hasMessageContaining("append-only");
    }

    private String purposeOf(long record) {
        return jdbc.queryForObject("select purpose from access_record where record_id = ?", String.class, record);
    }

    private CaseId assignedCase(String familyName) {
        LocalDate today = today();
        CaseId caseId = commands.registerFamily(familyName + " " + unique, List.of(
                        new FamilyMember(null, "Jan", familyName, Kinship.PARENT, LocalDate.of(1985, 1, 1)),
                        new FamilyMember(null, "Ola", familyName, Kinship.CHILD, LocalDate.of(2015, 1, 1))),
                new Address("ul. Lipowa 3", "00-001", "Przykładowo"), new Contact("600 100 200", null), socialWorker).id();
        commands.requestAssistant(caseId, "Rodzina potrzebuje wsparcia.", socialWorker);
        commands.recordConsent(caseId, "Jan " + familyName, today.minusDays(3), "ZG/1", socialWorker);
        commands.assignAssistant(caseId, assistant.userId(), assistant.displayName(), today, head);
        return caseId;
    }

    private long recordsAbout(CaseId caseId) {
        return jdbc.queryForObject("select count(*) from access_record where case_ids @> array[cast(? as varchar)]",
                Long.class, caseId.value());
    }

    private long recordsBy(Actor actor) {
        return jdbc.queryForObject("select count(*) from access_record where actor_id = ?", Long.class,
                actor.userId().value());
    }

    private long lastRecordBy(Actor actor) {
        return jdbc.queryForObject("select max(record_id) from access_record where actor_id = ?", Long.class,
                actor.userId().value());
    }

    private List<String> caseIds(long record) {
        return jdbc.queryForList("select unnest(case_ids) from access_record where record_id = ?", String.class,
                record);
    }

    private Actor actor(String name, Role role, InstitutionId institution) {
        return new Actor(new UserId(name + "-" + unique), name + " " + unique, Set.of(role), institution);
    }
}
