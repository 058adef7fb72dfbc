package pl.asysta.accessreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.access.AccessLog;
import pl.asysta.cases.access.AccessView;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModels;
import pl.asysta.cases.referral.ReferralCommands;
import pl.asysta.cases.sharing.SharingCommands;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;
import pl.asysta.time.ClockConfiguration;
import pl.asysta.time.TestClock;

/**
 * What the review tests share: the facades, the real embedded PostgreSQL (shared with the access tests' context),
 * and a centre of their own with fresh people and families, so that records of other tests never count. Reads at
 * a given hour are written through the access log stamped with a fixed clock, exactly as the facades write them.
 */
@SpringBootTest
@Import(TestClock.Configuration.class)
abstract class ReviewTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    AccessReview review;
    @Autowired
    SubjectAccessReports reports;
    @Autowired
    CaseCommands commands;
    @Autowired
    SharingCommands sharing;
    @Autowired
    ReferralCommands referrals;
    @Autowired
    WorkListQueries queries;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    AccessLog accessLog;
    @Autowired
    InstitutionRegister institutions;
    @Autowired
    CaseProjectionRebuild rebuild;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    final String unique = "rv" + System.nanoTime() + "-" + NEXT.incrementAndGet();
    final InstitutionId centre = new InstitutionId("ops-" + unique);
    final InstitutionId school = new InstitutionId("sp-" + unique);
    final Actor socialWorker = actor("sw", "Katarzyna Zielińska", Role.SOCIAL_WORKER, centre);
    final Actor head = actor("head", "Tomasz Lewandowski", Role.CENTRE_HEAD, centre);
    final Actor deputyHead = actor("deputy", "Grzegorz Pawlak", Role.CENTRE_HEAD, centre);
    final Actor assistant = actor("as", "Anna Kowalska", Role.FAMILY_ASSISTANT, centre);
    final Actor teacher = actor("teacher", "Magdalena Kamińska", Role.INSTITUTION_STAFF, school);
    final Actor auditor = actor("iod", "Robert Szymański", Role.AUDITOR, centre);

    void registerInstitutions() {
        institutions.register(new Institution(centre, "Ośrodek Pomocy Społecznej w Recenzowie " + unique,
                InstitutionKind.SOCIAL_WELFARE_CENTRE));
        institutions.register(new Institution(school, "Szkoła Podstawowa nr 2 w Recenzowie " + unique,
                InstitutionKind.SCHOOL));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
    }

    void awaitProjected() {
        ReadModels.awaitCaughtUp(rebuild);
    }

    /** A family registered by the social worker, with a parent and a child; no assistant asked for yet. */
    CaseId family(String surname) {
        return commands.registerFamily(familyName(surname), List.of(
                        new FamilyMember(null, "Joanna", surname, Kinship.PARENT, LocalDate.of(1986, 4, 2)),
                        new FamilyMember(null, "Kacper", surname, Kinship.CHILD, LocalDate.of(2015, 9, 1))),
                new Address("ul. Ogrodowa 7", "99-100", "Recenzowo"), new Contact("600 200 300", null),
                socialWorker).id();
    }

    /** A family the head assigned to the assistant, with the family's consent. */
    CaseId assignedFamily(String surname) {
        CaseId caseId = family(surname);
        commands.requestAssistant(caseId, "Trudności opiekuńczo-wychowawcze.", socialWorker);
        commands.recordConsent(caseId, "Joanna " + surname, today().minusDays(3), "ZG/" + surname, socialWorker);
        commands.assignAssistant(caseId, assistant.userId(), assistant.displayName(), today(), head);
        return caseId;
    }

    String familyName(String surname) {
        return surname + " " + unique;
    }

    /** Records a read as the facades do, stamped at the given wall-clock time in the centre's zone. */
    long readAt(String localDateTime, Actor reader, AccessView view, List<CaseId> cases, String purpose) {
        Clock at = Clock.fixed(LocalDateTime.parse(localDateTime).atZone(ClockConfiguration.CENTRE_ZONE)
                .toInstant(), ZoneOffset.UTC);
        return accessLog.stampedBy(at).record(reader, view, cases, Set.of(DataCategory.BASIC, DataCategory.PLAN),
                purpose, null);
    }

    long openAt(String localDateTime, Actor reader, CaseId caseId) {
        return readAt(localDateTime, reader, AccessView.CASE_FILE, List.of(caseId), "CASE_WORK");
    }

    long recordsBy(Actor actor) {
        return jdbc.queryForObject("select count(*) from access_record where actor_id = ?", Long.class,
                actor.userId().value());
    }

    long lastRecordBy(Actor actor) {
        return jdbc.queryForObject("select max(record_id) from access_record where actor_id = ?", Long.class,
                actor.userId().value());
    }

    String viewOf(long record) {
        return jdbc.queryForObject("select view_name from access_record where record_id = ?", String.class, record);
    }

    List<String> caseIdsOf(long record) {
        return jdbc.queryForList("select unnest(case_ids) from access_record where record_id = ?", String.class,
                record);
    }

    Actor actor(String id, String name, Role role, InstitutionId institution) {
        return new Actor(new UserId(id + "-" + unique), name, Set.of(role), institution);
    }

    static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo("review.auditors-only"));
    }
}
