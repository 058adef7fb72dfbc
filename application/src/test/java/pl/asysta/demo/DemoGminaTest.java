package pl.asysta.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.court.CourtDecisionRow;
import pl.asysta.cases.court.OpinionDocument;
import pl.asysta.cases.court.OpinionQueries;
import pl.asysta.cases.court.OpinionRequestRow;
import pl.asysta.cases.court.domain.OpinionStatus;
import pl.asysta.cases.familycase.CaseSummary;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.familycase.domain.CaseRules;
import pl.asysta.cases.familycase.domain.CaseStatus;
import pl.asysta.cases.familycase.domain.FamilyCase;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModels;
import pl.asysta.cases.referral.ReferralQueries;
import pl.asysta.cases.referral.ReferralRow;
import pl.asysta.cases.referral.domain.ReferralStatus;
import pl.asysta.cases.support.ClaimRow;
import pl.asysta.cases.support.HouseholdSupport;
import pl.asysta.cases.support.SupportQueries;
import pl.asysta.cases.support.domain.ClaimStatus;
import pl.asysta.cases.support.domain.Receipt;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.documents.DocumentHash;
import pl.asysta.institutions.Institution;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.Actor;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.InstitutionKind;
import pl.asysta.time.ClockConfiguration;

/**
 * The demo gmina as a demo installation gets it at start-up: seeded once, through the commands, within the
 * statute's rules, with something for every start page to show.
 */
@SpringBootTest(properties = "asysta.demo-data=true")
class DemoGminaTest {

    @Autowired
    DemoGminaSeeder seeder;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    InstitutionRegister register;
    @Autowired
    WorkListQueries cases;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    TimelineQueries timeline;
    @Autowired
    ReferralQueries referrals;
    @Autowired
    OpinionQueries opinions;
    @Autowired
    SupportQueries support;
    @Autowired
    CaseProjectionRebuild rebuild;

    @Test
    void seeding_again_adds_nothing() {
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        assertThat(seeder.seedOnce()).isFalse();

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
        assertThat(events).isGreaterThan(DemoGmina.FAMILIES * 10L);
    }

    @Test
    void no_assistant_works_with_more_than_fifteen_families_and_anna_is_one_below_the_cap() {
        assertThat(activeFamilies(DemoGmina.ANNA)).isEqualTo(CaseRules.MAX_FAMILIES_PER_ASSISTANT - 1);
        assertThat(activeFamilies(DemoGmina.MAREK)).isEqualTo(5);
    }

    @Test
    void the_gmina_has_cases_at_every_stage_and_overdue_assessments() {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE));
        Map<CaseStatus, Integer> byStatus = new EnumMap<>(CaseStatus.class);
        List<FamilyCase> overdue = new ArrayList<>();
        for (int family = 1; family <= DemoGmina.FAMILIES; family++) {
            FamilyCase familyCase = FamilyCase.empty();
            eventStore.readEvents(DemoGmina.caseId(family).value(), 0).asStream()
                    .forEach(message -> familyCase.apply((FamilyCaseEvent) message.getPayload()));
            byStatus.merge(familyCase.status(), 1, Integer::sum);
            if (familyCase.nextAssessmentDue() != null
                    && CaseRules.assessmentOverdue(familyCase.nextAssessmentDue(), today)) {
                overdue.add(familyCase);
            }
        }

        assertThat(byStatus).containsEntry(CaseStatus.ACTIVE, 19).containsEntry(CaseStatus.INTAKE, 4)
                .containsEntry(CaseStatus.MONITORING, 2).containsEntry(CaseStatus.CLOSED, 1);
        assertThat(overdue).extracting(FamilyCase::familyName)
                .containsExactlyInAnyOrder("Krajewski", "Michalak", "Adamczyk", "Wasilewski");
    }

    @Test
    void the_gmina_registers_its_institutions_under_the_ids_of_the_demo_accounts() {
        assertThat(register.all()).extracting(Institution::id).extracting(InstitutionId::value)
                .contains("ops-przykladowo", "pcpr-powiat", "zespol-interdyscyplinarny", "szkola-podstawowa-1",
                        "przychodnia-zdrowie", "rodzina-wspierajaca-nowak", "sad-rejonowy");
        assertThat(register.find(DemoAgencies.SCHOOL)).get().extracting(Institution::kind)
                .isEqualTo(InstitutionKind.SCHOOL);
    }

    @Test
    void the_school_sees_exactly_the_two_families_that_consented_and_the_clinic_one() {
        assertThat(cases.casesFor(DemoAgencies.MAGDALENA)).extracting(CaseSummary::familyName)
                .containsExactly("Kamiński", "Nowak");
        assertThat(cases.casesFor(DemoAgencies.JOANNA)).extracting(CaseSummary::familyName)
                .containsExactly("Dudek");
    }

    @Test
    void the_interdisciplinary_team_sees_its_niebieska_karta_family_with_its_meeting_note() {
        assertThat(cases.casesFor(DemoAgencies.PIOTR)).extracting(CaseSummary::familyName).containsExactly("Wróbel");
        List<TimelineRow> entries = timeline.page(DemoAgencies.WROBEL, TimelineFilter.ALL, 0, 500,
                DemoAgencies.PIOTR);
        assertThat(entries).extracting(TimelineRow::text).anyMatch(text -> text != null
                && text.startsWith("Posiedzenie grupy diagnostyczno-pomocowej (asystent rodziny"));
    }

    @Test
    void the_school_owes_an_overdue_answer_and_has_a_new_question_and_the_clinic_has_answered() {
        List<ReferralRow> school = referrals.inbox(DemoAgencies.MAGDALENA);
        assertThat(school).extracting(ReferralRow::familyName, ReferralRow::status, ReferralRow::overdue)
                .containsExactly(tuple("Kamiński", ReferralStatus.ACCEPTED, true),
                        tuple("Nowak", ReferralStatus.OPEN, false));
        assertThat(referrals.inbox(DemoAgencies.JOANNA)).extracting(ReferralRow::familyName, ReferralRow::status)
                .containsExactly(tuple("Dudek", ReferralStatus.ANSWERED));
    }

    @Test
    void anna_and_the_head_see_the_overdue_referral_among_their_deadlines() {
        assertThat(referrals.dueFor(DemoGmina.ANNA)).extracting(ReferralRow::familyName, ReferralRow::overdue)
                .contains(tuple("Kamiński", true));
        assertThat(referrals.dueFor(DemoGmina.TOMASZ)).extracting(ReferralRow::familyName).contains("Kamiński");
    }

    @Test
    void the_court_asked_for_four_opinions_one_delivered_with_its_document_one_awaiting_approval_one_overdue() {
        Actor court = DemoCourtOpinions.AGNIESZKA;
        await().atMost(Duration.ofSeconds(30)).until(() -> opinions.ofCourt(court).size() == 4);

        assertThat(opinions.ofCourt(court)).extracting(OpinionRequestRow::familyName, OpinionRequestRow::status,
                        OpinionRequestRow::overdue, OpinionRequestRow::dueSoon)
                .containsExactly(tuple("Wróbel", OpinionStatus.REQUESTED, true, false),
                        tuple("Kamiński", OpinionStatus.SUBMITTED, false, true),
                        tuple("Nowak", OpinionStatus.REQUESTED, false, false),
                        tuple("Sikora", OpinionStatus.DELIVERED, false, false));
        OpinionDocument document = opinions.document(DemoCourtOpinions.DELIVERED, court).orElseThrow();
        assertThat(DocumentHash.sha256(document.content())).isEqualTo(opinions.ofCourt(court).getLast().delivery()
                .documentSha256());
        assertThat(opinions.decisionsForCaseTeam(DemoGmina.ANNA)).extracting(CourtDecisionRow::familyName,
                CourtDecisionRow::legalBasisToRecord).containsExactly(tuple("Nowak", true));
        assertThat(opinions.forCaseTeam(DemoGmina.MAREK)).extracting(OpinionRequestRow::familyName)
                .containsExactly("Sikora");
    }

    @Test
    void the_nowak_household_supports_the_krajewskis_with_its_afternoons_logged_and_last_month_waiting_for_the_head() {
        ReadModels.awaitCaughtUp(rebuild);

        List<HouseholdSupport> supported = support.forHousehold(DemoSupport.BARBARA);

        assertThat(supported).singleElement().satisfies(family -> {
            assertThat(family.familyName()).isEqualTo("Krajewski");
            assertThat(family.children()).containsExactly("Filip");
            assertThat(family.assistantName()).isEqualTo(DemoGmina.ANNA.displayName());
            assertThat(family.actions()).hasSize(2);
            assertThat(family.help()).hasSizeGreaterThan(10);
            assertThat(family.claims()).singleElement().satisfies(claim -> {
                assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
                assertThat(claim.total()).isEqualByComparingTo("158.69");
                assertThat(claim.receipts()).singleElement().extracting(Receipt::contentType)
                        .isEqualTo("application/pdf");
            });
        });
        assertThat(support.awaitingDecision(DemoGmina.TOMASZ)).extracting(ClaimRow::familyName)
                .containsExactly("Krajewski");
    }

    private long activeFamilies(Actor assistant) {
        List<String> kinds = eventStore.readEvents(assistant.userId().value(), 0).asStream()
                .map(message -> message.getPayloadType().getSimpleName()).toList();
        return kinds.stream().filter("FamilyTakenOn"::equals).count()
                - kinds.stream().filter("FamilyReleased"::equals).count();
    }
}
