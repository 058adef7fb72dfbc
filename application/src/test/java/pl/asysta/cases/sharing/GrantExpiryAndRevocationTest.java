package pl.asysta.cases.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.asysta.cases.access.AccessTest;
import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.domain.Address;
import pl.asysta.cases.familycase.domain.Contact;
import pl.asysta.cases.familycase.domain.FamilyMember;
import pl.asysta.cases.familycase.domain.FamilyMember.Kinship;
import pl.asysta.cases.familycase.domain.ObservationKind;
import pl.asysta.cases.referral.domain.ReferralId;
import pl.asysta.cases.sharing.domain.ConsentId;
import pl.asysta.cases.sharing.domain.GrantBasis;
import pl.asysta.cases.sharing.domain.GrantId;
import pl.asysta.cases.sharing.domain.RevocationReason;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.institutions.Institution;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.shared.Role;
import pl.asysta.shared.UserId;

/**
 * Grants end by themselves after their last day, and withdrawing the consent or revoking the grant ends them at
 * once: a case file another institution already has open shows nothing more at its next question (ADR 0011; the
 * case page asks again every 30 seconds).
 */
class GrantExpiryAndRevocationTest extends AccessTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Set<DataCategory> SCHOOL_DATA = Set.of(DataCategory.BASIC, DataCategory.EDUCATION);

    final String unique = "exp" + System.nanoTime() + "-" + NEXT.incrementAndGet();
    final InstitutionId centre = new InstitutionId("ops-" + unique);
    final InstitutionId school = new InstitutionId("sp-" + unique);
    final InstitutionId clinic = new InstitutionId("poz-" + unique);
    final Actor socialWorker = actor("sw", Role.SOCIAL_WORKER, centre);
    final Actor head = actor("head", Role.CENTRE_HEAD, centre);
    final Actor assistant = actor("as", Role.FAMILY_ASSISTANT, centre);
    final Actor teacher = actor("pedagog", Role.INSTITUTION_STAFF, school);
    final Actor nurse = actor("pielegniarka", Role.INSTITUTION_STAFF, clinic);

    CaseId caseId;

    @BeforeEach
    void aFamilyWithTheAssistant() {
        institutions.register(new Institution(centre, "OPS " + unique, InstitutionKind.SOCIAL_WELFARE_CENTRE));
        institutions.register(new Institution(school, "SP " + unique, InstitutionKind.SCHOOL));
        institutions.register(new Institution(clinic, "POZ " + unique, InstitutionKind.HEALTH_SERVICE));
        LocalDate today = today();
        caseId = commands.registerFamily("Lewandowscy " + unique, List.of(
                        new FamilyMember(null, "Ewa", "Lewandowska", Kinship.PARENT, LocalDate.of(1987, 5, 5)),
                        new FamilyMember(null, "Ola", "Lewandowska", Kinship.CHILD, LocalDate.of(2016, 5, 5))),
                new Address("ul. Polna 1", "00-002", "Przykładowo"), new Contact("600 200 300", null), socialWorker).id();
        commands.requestAssistant(caseId, "Wsparcie w opiece nad córką.", socialWorker);
        commands.recordConsent(caseId, "Ewa Lewandowska", today.minusDays(2), "ZG/1", socialWorker);
        commands.assignAssistant(caseId, assistant.userId(), assistant.displayName(), today, head);
    }

    @AfterEach
    void backToToday() {
        clock.backToToday();
    }

    @Test
    void a_grant_lets_the_school_read_through_its_last_day_and_nothing_after_it() {
        sharing.recordConsent(caseId, "Ewa Lewandowska", school, SCHOOL_DATA, "Wsparcie w nauce", today(),
                today().plusDays(1), "ZG/SP/1", assistant);
        awaitProjected();
        commands.recordObservation(caseId, ObservationKind.OBSERVATION, DataCategory.EDUCATION, today(),
                "Ola opuściła trzy dni.", teacher);
        awaitProjected();
        CaseFile file = caseFiles.open(caseId, teacher).orElseThrow();
        assertThat(caseFiles.categories(file)).isEqualTo(SCHOOL_DATA);
        assertThat(timeline.page(file, TimelineFilter.ALL, 0, 50)).extracting(TimelineRow::category)
                .isNotEmpty().allMatch(SCHOOL_DATA::contains);

        clock.moveDays(1);

        assertThat(caseFiles.categories(file)).as("on its last day").isEqualTo(SCHOOL_DATA);
        assertThat(fileQueries.details(file)).isPresent();
        assertThat(casesOf(teacher)).contains(caseId);

        clock.moveDays(2);

        assertThat(caseFiles.categories(file)).as("the day after").isEmpty();
        assertThatTheSchoolSeesNothingMore(file);
        assertThat(sharingQueries.grants(caseFiles.open(caseId, assistant).orElseThrow()))
                .extracting(GrantRow::state).containsExactly(GrantState.EXPIRED);
    }

    @Test
    void withdrawing_the_consent_ends_the_schools_access_and_only_the_grants_resting_on_it() {
        ConsentId consent = sharing.recordConsent(caseId, "Ewa Lewandowska", school, SCHOOL_DATA, "Wsparcie w nauce",
                today(), today().plusMonths(6), "ZG/SP/1", assistant).id();
        sharing.grantAccess(caseId, clinic, Set.of(DataCategory.HEALTH), "Opieka pielęgniarki",
                GrantBasis.COURT_ORDER, "III Nsm 5/26", today().plusMonths(6), head);
        awaitProjected();
        CaseFile file = caseFiles.open(caseId, teacher).orElseThrow();
        CaseFile nurses = caseFiles.open(caseId, nurse).orElseThrow();
        assertThat(fileQueries.details(file)).isPresent();

        sharing.withdrawConsent(caseId, consent, today(), "Matka wycofała zgodę", assistant);

        await().atMost(Duration.ofSeconds(30)).until(() -> caseFiles.categories(file).isEmpty());
        assertThatTheSchoolSeesNothingMore(file);
        assertThat(caseFiles.categories(nurses)).containsExactly(DataCategory.HEALTH);
        assertThat(sharingQueries.grants(caseFiles.open(caseId, assistant).orElseThrow()))
                .extracting(GrantRow::institution, GrantRow::state, GrantRow::revocation)
                .containsExactly(
                        tuple(school, GrantState.REVOKED,
                                RevocationReason.CONSENT_WITHDRAWN),
                        tuple(clinic, GrantState.ACTIVE, null));
    }

    @Test
    void the_timeline_names_whose_consent_ended_and_heads_each_reply_with_the_referrals_purpose() {
        ConsentId consent = sharing.recordConsent(caseId, "Ewa Lewandowska", school, SCHOOL_DATA,
                "Wsparcie w nauce", today(), today().plusMonths(6), "ZG/SP/2", assistant).id();
        awaitProjected();
        ReferralId referral = referrals.refer(caseId, school, DataCategory.EDUCATION, "Frekwencja Oli",
                "Ile dni opuściła w tym miesiącu?", today().plusDays(14), assistant).id();
        referrals.accept(referral, teacher);
        referrals.answer(referral, "Trzy dni, wszystkie usprawiedliwione.", today(), teacher);
        sharing.withdrawConsent(caseId, consent, today(), "Matka wycofała zgodę", assistant);
        awaitProjected();

        assertThat(timeline.page(caseFiles.open(caseId, assistant).orElseThrow(), TimelineFilter.ALL, 0, 50))
                .filteredOn(row -> row.type().startsWith("Referral") || row.type().equals("SharingConsentWithdrawn"))
                .extracting(TimelineRow::type, TimelineRow::subject, TimelineRow::text)
                .containsExactly(
                        tuple("SharingConsentWithdrawn", "Ewa Lewandowska", "Matka wycofała zgodę"),
                        tuple("ReferralAnswered", "Frekwencja Oli", "Trzy dni, wszystkie usprawiedliwione."),
                        tuple("ReferralAccepted", "Frekwencja Oli", null));
    }

    @Test
    void revoking_a_court_order_grant_ends_the_institutions_access_the_same_way() {
        GrantId grant = sharing.grantAccess(caseId, school, SCHOOL_DATA, "Nadzór kuratora", GrantBasis.COURT_ORDER,
                "III Nsm 6/26", today().plusMonths(6), head).id();
        awaitProjected();
        CaseFile file = caseFiles.open(caseId, teacher).orElseThrow();

        sharing.revokeGrant(caseId, grant, "Postanowienie uchylone", head);

        await().atMost(Duration.ofSeconds(30)).until(() -> caseFiles.categories(file).isEmpty());
        assertThatTheSchoolSeesNothingMore(file);
    }

    /** The open file shows nothing, the case leaves the school's list and is as unknown to it as any other. */
    private void assertThatTheSchoolSeesNothingMore(CaseFile file) {
        assertThat(fileQueries.details(file)).isEmpty();
        assertThat(timeline.page(file, TimelineFilter.ALL, 0, 50)).isEmpty();
        assertThat(timeline.count(file, TimelineFilter.ALL)).isZero();
        assertThat(referralQueries.ofCase(file)).isEmpty();
        assertThat(casesOf(teacher)).doesNotContain(caseId);
        assertThat(caseFiles.open(caseId, teacher)).isEmpty();
        refused(() -> commands.recordObservation(caseId, ObservationKind.OBSERVATION, DataCategory.EDUCATION, today(),
                "Po terminie", teacher), "case.not-found");
    }

    private List<CaseId> casesOf(Actor actor) {
        return workLists.casesFor(actor).stream().map(CaseSummary::caseId).toList();
    }

    private Actor actor(String name, Role role, InstitutionId institution) {
        return new Actor(new UserId(name + "-" + unique), name + " " + unique, Set.of(role), institution);
    }
}
