package pl.asysta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import pl.asysta.accessreview.AccessReview;
import pl.asysta.accessreview.AccessSearch;
import pl.asysta.accessreview.SubjectAccessReport;
import pl.asysta.accessreview.SubjectAccessReports;
import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessPolicy;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.access.domain.AccessDecision;
import pl.asysta.cases.familycase.domain.ActionOwner;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantAssigned;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.AssistantRequested;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ConsentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.FamilyRegistered;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PeriodicAssessmentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PlanActionProgressed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkDocumented;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkPlanAdopted;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.PlanAction;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModels;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.Author;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;

/**
 * What the access policy and the audited reads cost (ADR 0011), with 1,000,000 access records stored and a raw
 * PostgreSQL baseline measured in the same run: the policy's decision for a school with grants, an audited page of
 * a 2,000-event case's timeline (the opening recorded, then the page read through the file), one access record
 * alone, and a plain single-row insert and primary-key select. Run with
 * {@code ./mvnw -Pbench -pl application -am verify -Dtest=AccessBenchmark}; writes its table to
 * {@code target/bench-results-access.md}.
 *
 * <p>The stored records are inserted in one SQL statement with plausible values (500 readers of 40 institutions,
 * 20,000 cases, one record every 30 seconds over a year) and hashes that are not a chain: only the records
 * appended by the measurements link to their predecessors, so {@code verify()} is not measured here.
 */
@SpringBootTest(properties = {
        "axon.eventhandling.processors.bench-replay.batch-size=500",
        "logging.level.root=WARN"})
@Import(EventStoreBenchmark.BenchConfiguration.class)
class AccessBenchmark {

    private static final int STORED_RECORDS = Integer.getInteger("bench.access.records", 1_000_000);
    private static final int OTHER_GRANTS = 20_000;
    private static final int CASE_EVENTS = 2_000;
    private static final int SAMPLES = Integer.getInteger("bench.access.samples", 2_000);
    private static final int PAGE = 50;
    private static final int REVIEW_SAMPLES = Integer.getInteger("bench.access.review-samples", 200);

    private static final InstitutionId CENTRE = new InstitutionId("ops-access-bench");
    private static final InstitutionId SCHOOL = new InstitutionId("sp-access-bench");
    private static final Actor SOCIAL_WORKER = new Actor(new UserId("access-bench-sw"), "Beata Socjalna",
            Set.of(Role.SOCIAL_WORKER), CENTRE);
    private static final Actor HEAD = new Actor(new UserId("access-bench-head"), "Halina Kierownik",
            Set.of(Role.CENTRE_HEAD), CENTRE);
    private static final Actor ASSISTANT = new Actor(new UserId("access-bench-as"), "Anna Asystentka",
            Set.of(Role.FAMILY_ASSISTANT), CENTRE);
    private static final Actor TEACHER = new Actor(new UserId("access-bench-teacher"), "Tomasz Pedagog",
            Set.of(Role.INSTITUTION_STAFF), SCHOOL);
    private static final Actor AUDITOR = new Actor(new UserId("access-bench-iod"), "Robert Szymański",
            Set.of(Role.AUDITOR), CENTRE);

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    CaseProjectionRebuild rebuild;
    @Autowired
    InstitutionRegister institutions;
    @Autowired
    SharingCommands sharing;
    @Autowired
    AccessPolicy policy;
    @Autowired
    AccessLog accessLog;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    TimelineQueries timeline;
    @Autowired
    AccessReview review;
    @Autowired
    SubjectAccessReports reports;

    @Autowired
    Clock clock;

    private final List<String[]> rows = new ArrayList<>();
    private LocalDate today;

    @Test
    void measure() throws Exception {
        today = LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
        institutions.register(new Institution(CENTRE, "OPS benchmark", InstitutionKind.SOCIAL_WELFARE_CENTRE));
        institutions.register(new Institution(SCHOOL, "SP benchmark", InstitutionKind.SCHOOL));
        CaseId bigCase = new CaseId("access-bench-big");
        appendCase(bigCase);
        ReadModels.awaitCaughtUp(rebuild);
        sharing.recordConsent(bigCase, "Jan Kowalski", SCHOOL, Set.of(DataCategory.BASIC, DataCategory.EDUCATION,
                        DataCategory.VISITS), "Wsparcie w nauce", today, today.plusYears(1), "ZG/SP/1", ASSISTANT);
        sharing.grantAccess(bigCase, SCHOOL, Set.of(DataCategory.HEALTH), "Nadzór kuratora", GrantBasis.COURT_ORDER,
                "III Nsm 1/26", today.plusYears(1), HEAD);
        long grantsStored = fillGrants();
        ReadModels.awaitCaughtUp(rebuild);
        AccessDecision decision = policy.decide(bigCase, TEACHER);
        if (!decision.readable().equals(Set.of(DataCategory.BASIC, DataCategory.EDUCATION, DataCategory.VISITS,
                DataCategory.HEALTH))) {
            throw new IllegalStateException("the school reads " + decision.readable());
        }

        long fillStart = System.nanoTime();
        long recordsStored = fillAccessRecords();
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        rows.add(new String[] {String.format(Locale.ROOT, "%,d access records stored in one SQL statement",
                recordsStored), String.format(Locale.ROOT, "%.1f s", fillSeconds), "", "set-up"});
        CaseFile probe = caseFiles.open(bigCase, ASSISTANT).orElseThrow();
        int timelineSize = timeline.count(probe, TimelineFilter.ALL);
        if (timelineSize < CASE_EVENTS) {
            throw new IllegalStateException("the big case has " + timelineSize + " timeline entries");
        }

        rawBaseline();
        latency(String.format(Locale.ROOT, "AccessPolicy.decide, school staff with 2 grants on the case (%,d grants"
                        + " stored)", grantsStored),
                "the facts query (case, placements, grants) and the pure rules",
                i -> policy.decide(bigCase, TEACHER));
        latency(String.format(Locale.ROOT, "AccessLog.record alone, 1 case, %,d records stored", recordsStored),
                "own transaction: advisory lock, last hash, SHA-256, insert, commit",
                i -> accessLog.record(TEACHER, AccessView.CASE_FILE, List.of(bigCase),
                        Set.of(DataCategory.BASIC, DataCategory.EDUCATION), "Wsparcie w nauce", null));
        latency("Audited timeline: open (policy + record) + newest " + PAGE + " of " + timelineSize
                        + " entries, assistant", "reading through the file asks the policy again",
                i -> {
                    CaseFile file = caseFiles.open(bigCase, ASSISTANT).orElseThrow();
                    timeline.page(file, TimelineFilter.ALL, 0, PAGE);
                });
        latency("Audited timeline: open + newest " + PAGE + " entries of its categories, school staff",
                "as above; the assistant is alerted in the same transaction",
                i -> {
                    CaseFile file = caseFiles.open(bigCase, TEACHER).orElseThrow();
                    timeline.page(file, TimelineFilter.ALL, 0, PAGE);
                });
        accessReview(bigCase);
        report();
    }

    /**
     * The auditor's review over the stored records (ADR 0017): a search as the review page makes it (the snapshot,
     * the count for the lazy grid and the first page of 50 with its flags, recorded as a review), by person, by
     * case, by institution over 30 days and unfiltered; the unusual patterns of 30 days; and the subject access
     * report of a member of the big case, whose file every measurement above has read.
     */
    private void accessReview(CaseId bigCase) throws Exception {
        LocalDate lastDay = LocalDate.of(2025, 6, 1).plusDays(STORED_RECORDS / 2880);
        AccessSearch month = AccessSearch.EVERYTHING.between(lastDay.minusDays(29), lastDay);
        reviewPage("unfiltered", AccessSearch.EVERYTHING);
        reviewPage("by person (one of 500 readers)", AccessSearch.EVERYTHING.withPerson(new UserId("user-42")));
        reviewPage("by case (one of 20,000)", AccessSearch.EVERYTHING.withCase(new CaseId("case-4242")));
        reviewPage("by institution over 30 days", month.withInstitution(new InstitutionId("inst-7")));
        reviewPage("all of 30 days", month);
        int[] found = new int[1];
        latency("Access review: unusual patterns of 30 days (" + String.format(Locale.ROOT, "%,d",
                        review.count(review.search(month, AUDITOR), AUDITOR)) + " records)",
                "many families without a task per person and day, reads outside working hours",
                REVIEW_SAMPLES, i -> found[0] = review.unusualPatterns(review.search(month, AUDITOR), AUDITOR).size());
        rows.getLast()[3] += String.format(Locale.ROOT, "; %,d person-days flagged", found[0]);
        String member = review.members(bigCase, AUDITOR).getFirst().memberId();
        int[] reads = new int[1];
        latency("Subject access report of a member of the big case", "export recorded, then every read of the case",
                REVIEW_SAMPLES, i -> {
                    SubjectAccessReport made = reports.report(bigCase, member, AUDITOR);
                    reads[0] = made.reads().size();
                });
        rows.getLast()[3] += String.format(Locale.ROOT, "; %,d reads listed", reads[0]);
    }

    private void reviewPage(String which, AccessSearch search) throws Exception {
        int[] count = new int[1];
        latency("Access review: newest " + PAGE + " with flags and count, " + which,
                "snapshot + count + page + ACCESS_REVIEW record", REVIEW_SAMPLES, i -> {
                    AccessReview.Snapshot snapshot = review.search(search, AUDITOR);
                    count[0] = review.count(snapshot, AUDITOR);
                    review.records(snapshot, 0, PAGE, AUDITOR);
                });
        rows.getLast()[3] += String.format(Locale.ROOT, "; %,d records found", count[0]);
    }

    // ---------------------------------------------------------------- measuring

    private interface Sample {
        void run(int i) throws Exception;
    }

    private void latency(String what, String note, Sample sample) throws Exception {
        latency(what, note, SAMPLES, sample);
    }

    private void latency(String what, String note, int samples, Sample sample) throws Exception {
        for (int i = 0; i < samples / 5; i++) {
            sample.run(i);
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            sample.run(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        rows.add(new String[] {what, String.format(Locale.ROOT, "%.3f ms", millis[samples / 2]),
                String.format(Locale.ROOT, "%.3f ms", millis[(int) Math.ceil(samples * 0.95) - 1]), note});
    }

    /** A single-row insert committed on its own, and a primary-key select, in plain JDBC on the same database. */
    private void rawBaseline() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    create table if not exists bench_access_raw (id bigserial primary key, actor_id varchar(255),
                        case_ids varchar(64)[], purpose text)""");
            statement.execute("""
                    insert into bench_access_raw (actor_id, case_ids, purpose)
                    select 'user-' || i, array['case-' || i]::varchar[], 'CASE_WORK'
                    from generate_series(1, 100000) i""");
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into bench_access_raw (actor_id, case_ids, purpose) values (?, ?, ?)");
             PreparedStatement select = connection.prepareStatement(
                     "select actor_id, case_ids, purpose from bench_access_raw where id = ?")) {
            connection.setAutoCommit(true);
            latency("Raw PostgreSQL single-row insert, committed", "baseline, plain JDBC", i -> {
                insert.setString(1, "user-" + i);
                insert.setArray(2, connection.createArrayOf("varchar", new String[] {"case-" + i}));
                insert.setString(3, "CASE_WORK");
                insert.executeUpdate();
            });
            latency("Raw PostgreSQL primary-key select", "baseline, plain JDBC", i -> {
                select.setLong(1, 1 + (i * 37L) % 100_000);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                }
            });
        }
    }

    // ---------------------------------------------------------------- the store

    /** Plausible records: 500 readers of 40 institutions, 20,000 cases, one record every 30 seconds. */
    private long fillAccessRecords() {
        long first = jdbc.queryForObject("select coalesce(max(record_id), 0) + 1 from access_record", Long.class);
        jdbc.update("""
                insert into access_record (record_id, recorded_at, actor_id, actor_name, actor_roles, institution,
                    view_name, case_ids, categories, purpose, previous_hash, hash)
                overriding system value
                select ? + i, timestamptz '2025-06-01 06:00:00+00' + i * interval '30 seconds',
                    'user-' || (i % 500), 'Pracownik ' || (i % 500),
                    case when i % 10 = 0 then 'INSTITUTION_STAFF' when i % 7 = 0 then 'CENTRE_HEAD'
                         else 'FAMILY_ASSISTANT' end,
                    'inst-' || (i % 40),
                    case when i % 5 = 0 then 'CASE_LIST' else 'CASE_FILE' end,
                    case when i % 5 = 0 then array['case-' || (i % 20000), 'case-' || ((i + 1) % 20000),
                                                   'case-' || ((i + 2) % 20000)]::varchar[]
                         else array['case-' || (i % 20000)]::varchar[] end,
                    case when i % 10 = 0 then 'BASIC,EDUCATION'
                         else 'ASSESSMENT,BASIC,CONSENT,COURT,EDUCATION,FINANCE,HEALTH,PLAN,SUPPORT,VIOLENCE,'
                              || 'VISITS' end,
                    case when i % 10 = 0 then 'Wsparcie w nauce' else 'CASE_WORK' end,
                    sha256(int8send(i - 1)), sha256(int8send(i))
                from generate_series(0, ? - 1) i""", first, STORED_RECORDS);
        jdbc.queryForObject("select setval(pg_get_serial_sequence('access_record', 'record_id'), "
                + "(select max(record_id) from access_record))", Long.class);
        jdbc.execute("analyze access_record");
        return jdbc.queryForObject("select count(*) from access_record", Long.class);
    }

    /** Other families' grants: a quarter of them the school's, the rest 100 other institutions'. */
    private long fillGrants() {
        jdbc.update("""
                insert into access_grant (grant_id, case_id, institution_id, categories, purpose, basis,
                    basis_reference, consent_id, valid_from, valid_until, granted_by, revoked_on, position,
                    last_position)
                select 'bench-grant-' || i, 'case-' || (i % 5000),
                    case when i % 4 = 0 then ? else 'inst-' || (i % 100) end,
                    'BASIC,EDUCATION', 'Wsparcie w nauce', 'FAMILY_CONSENT', 'ZG/' || i, 'bench-consent-' || i,
                    current_date - (i % 300), current_date + 365 - (i % 500), 'Anna Asystentka',
                    case when i % 9 = 0 then current_date - 1 end, -i, -i
                from generate_series(1, ?) i""", SCHOOL.value(), OTHER_GRANTS);
        jdbc.execute("analyze access_grant");
        return jdbc.queryForObject("select count(*) from access_grant", Long.class);
    }

    /** Intake, assignment, a plan, then visits with the odd school contact, assessment and plan progress note. */
    private void appendCase(CaseId caseId) {
        Author socialWorker = Author.of(SOCIAL_WORKER, Role.SOCIAL_WORKER);
        Author assistant = Author.of(ASSISTANT, Role.FAMILY_ASSISTANT);
        List<FamilyCaseEvent> history = new ArrayList<>(List.of(
                new FamilyRegistered(caseId, CENTRE, "Kowalscy", List.of(
                        new FamilyMember("m1", "Jan", "Kowalski", FamilyMember.Kinship.PARENT, today.minusYears(36)),
                        new FamilyMember("m2", "Zofia", "Kowalska", FamilyMember.Kinship.CHILD, today.minusYears(8))),
                        new Address("ul. Lipowa 3", "00-001", "Przykładowo"), new Contact("600100200", null),
                        socialWorker),
                new AssistantRequested(caseId, "Trudności opiekuńczo-wychowawcze", socialWorker),
                new ConsentRecorded(caseId, "Jan Kowalski", today.minusYears(2), "ZG/1", socialWorker),
                new AssistantAssigned(caseId, ASSISTANT.userId(), ASSISTANT.displayName(), today.minusYears(2),
                        Author.of(HEAD, Role.CENTRE_HEAD)),
                new WorkPlanAdopted(caseId, 1, "Poprawa opieki nad dziećmi", List.of(new PlanAction("a1",
                        "Regularne wizyty w poradni", new ActionOwner(ActionOwner.Kind.FAMILY_MEMBER, "Jan", "m1"),
                        today.plusMonths(1), "Dziecko pod stałą opieką lekarza")), today.minusYears(2), assistant)));
        for (int i = history.size(); i < CASE_EVENTS; i++) {
            LocalDate day = today.minusDays(CASE_EVENTS - i);
            if (i % 50 == 0) {
                history.add(new PeriodicAssessmentRecorded(caseId, day, "Sytuacja rodziny stabilna",
                        "Widoczne postępy", true, assistant));
            } else if (i % 20 == 0) {
                history.add(new PlanActionProgressed(caseId, "a1", "Wizyta w poradni odbyta", day, assistant));
            } else {
                boolean school = i % 10 == 3;
                history.add(new WorkDocumented(caseId, "v" + i,
                        school ? WorkKind.INSTITUTION_CONTACT : WorkKind.HOME_VISIT, day, 60, List.of("Jan", "Zofia"),
                        school ? "Rozmowa z wychowawczynią o frekwencji." : "Wizyta domowa: organizacja dnia.",
                        school ? DataCategory.EDUCATION : DataCategory.VISITS, assistant));
            }
        }
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < history.size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>("FamilyCase", caseId.value(), sequence,
                    history.get(sequence)));
        }
        for (int from = 0; from < messages.size(); from += 500) {
            List<DomainEventMessage<?>> batch = messages.subList(from, Math.min(messages.size(), from + 500));
            transactions.executeWithoutResult(status -> eventStore.publish(batch));
        }
    }

    // ---------------------------------------------------------------- report

    private void report() throws IOException {
        StringBuilder table = new StringBuilder().append("| figure | p50 | p95 | note |\n|---|---:|---:|---|\n");
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        System.out.println("\n=== Asysta access benchmark (" + Runtime.getRuntime().availableProcessors()
                + " cores, " + SAMPLES + " samples each) ===\n" + table);
        Files.writeString(Path.of("target", "bench-results-access.md"), table.toString());
    }
}
