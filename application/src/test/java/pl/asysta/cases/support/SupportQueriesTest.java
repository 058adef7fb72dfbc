package pl.asysta.cases.support;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.asysta.cases.support.SupportStory.line;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.access.CaseFile;
import pl.asysta.cases.access.CaseFiles;
import pl.asysta.cases.familycase.ActionStatus;
import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.familycase.WorkListQueries;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModels;
import pl.asysta.cases.support.domain.ClaimId;
import pl.asysta.cases.support.domain.ClaimStatus;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.Receipt;
import pl.asysta.cases.timeline.TimelineFilter;
import pl.asysta.cases.timeline.TimelineQueries;
import pl.asysta.cases.timeline.TimelineRow;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.DataCategory;
import pl.asysta.time.ClockConfiguration;

/**
 * What each reader sees of a supporting family's work: the household its own narrow view and never the case file,
 * the assistant the help log on the timeline and a monthly summary, the head the claims waiting for a decision.
 * Every read that names the family is recorded first.
 */
@SpringBootTest
class SupportQueriesTest {

    @Autowired
    CaseCommands commands;
    @Autowired
    SupportCommands support;
    @Autowired
    SupportQueries queries;
    @Autowired
    WorkListQueries cases;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    TimelineQueries timeline;
    @Autowired
    InstitutionRegister institutions;
    @Autowired
    CaseProjectionRebuild rebuild;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    SupportStory story;
    ClaimId claim;

    @BeforeEach
    void twoAfternoonsOfHelpAndAClaimOfLastMonth() {
        story = new SupportStory(commands, support, institutions,
                LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE)));
        support.logHelp(story.arrangementId, story.lastMonth.atDay(3), 150, HelpKind.HOMEWORK,
                "Odrabianie lekcji z Olą", story.barbara);
        support.logHelp(story.arrangementId, story.lastMonth.atDay(10), 120, HelpKind.CHILDCARE,
                "Opieka nad Olą po szkole", story.barbara);
        support.logHelp(story.arrangementId, story.lastMonth.atDay(12), 60, HelpKind.HOMEWORK,
                "Czytanie lektury", story.barbara);
        claim = support.claim(story.arrangementId, story.lastMonth, List.of(line(CostKind.TRAVEL, "84.60"),
                line(CostKind.MEALS, "40")), List.of(ReceiptSamples.pdf("bilety.pdf")), "Dojazdy", story.barbara).id();
        ReadModels.awaitCaughtUp(rebuild);
    }

    @Test
    void the_household_sees_the_familys_name_the_childrens_first_names_its_actions_and_its_own_log_and_claims() {
        long recordsBefore = records(story.barbara.userId().value(), "SUPPORT_ARRANGEMENT");

        List<HouseholdSupport> supported = queries.forHousehold(story.barbara);

        assertThat(supported).singleElement().satisfies(family -> {
            assertThat(family.familyName()).isEqualTo("Krajewscy " + story.unique);
            assertThat(family.children()).containsExactly("Ola");
            assertThat(family.assistantName()).isEqualTo(story.assistant.displayName());
            assertThat(family.arrangement().agreementReference()).isEqualTo("RW/7/" + story.unique);
            assertThat(family.actions()).extracting(AssignedAction::description, AssignedAction::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "Odbieranie Oli ze szkoły we wtorki i czwartki", ActionStatus.OPEN));
            assertThat(family.help()).extracting(HelpRow::note)
                    .containsExactly("Czytanie lektury", "Opieka nad Olą po szkole", "Odrabianie lekcji z Olą");
            assertThat(family.claims()).singleElement().satisfies(row -> {
                assertThat(row.total()).isEqualByComparingTo("124.60");
                assertThat(row.status()).isEqualTo(ClaimStatus.SUBMITTED);
                assertThat(row.receipts()).extracting(Receipt::fileName).containsExactly("bilety.pdf");
            });
        });
        assertThat(records(story.barbara.userId().value(), "SUPPORT_ARRANGEMENT")).isEqualTo(recordsBefore + 1);
        assertThat(jdbc.queryForObject("""
                select categories from access_record where actor_id = ? order by record_id desc limit 1""",
                String.class, story.barbara.userId().value())).isEqualTo("BASIC,PLAN,SUPPORT,FINANCE");
    }

    @Test
    void the_household_never_opens_the_case_file_and_another_household_sees_nothing_of_the_family() {
        assertThat(caseFiles.open(story.caseId, story.barbara)).isEmpty();
        assertThat(cases.casesFor(story.barbara)).isEmpty();
        assertThat(queries.forHousehold(story.otherFamily)).isEmpty();
        assertThat(records(story.otherFamily.userId().value(), "SUPPORT_ARRANGEMENT")).isZero();
        assertThat(queries.forHousehold(story.assistant)).isEmpty();
    }

    @Test
    void the_assistant_reads_the_help_log_on_the_timeline_and_a_monthly_summary() {
        CaseFile file = caseFiles.open(story.caseId, story.assistant).orElseThrow();

        CaseSupport seen = queries.ofCase(file);

        assertThat(seen.arrangements()).extracting(ArrangementRow::household).containsExactly(story.household);
        assertThat(seen.help()).hasSize(3);
        assertThat(seen.claims()).singleElement().extracting(ClaimRow::lines).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(2);
        assertThat(seen.months()).singleElement().satisfies(month -> {
            assertThat(month.month()).isEqualTo(story.lastMonth);
            assertThat(month.minutes()).isEqualTo(330);
            assertThat(month.minutesByKind()).isEqualTo(Map.of(HelpKind.HOMEWORK, 210, HelpKind.CHILDCARE, 120));
            assertThat(month.waiting()).isEqualByComparingTo("124.60");
            assertThat(month.approved()).isEqualByComparingTo(BigDecimal.ZERO);
        });
        List<TimelineRow> entries = timeline.page(file, TimelineFilter.types("HelpLogged",
                "ReimbursementClaimed", "SupportArrangementRecorded"), 0, 100);
        assertThat(entries).extracting(TimelineRow::type, TimelineRow::category, TimelineRow::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ReimbursementClaimed", DataCategory.FINANCE,
                                story.lastMonth + "|124.60"),
                        org.assertj.core.groups.Tuple.tuple("HelpLogged", DataCategory.SUPPORT, "HOMEWORK|60"),
                        org.assertj.core.groups.Tuple.tuple("HelpLogged", DataCategory.SUPPORT, "CHILDCARE|120"),
                        org.assertj.core.groups.Tuple.tuple("HelpLogged", DataCategory.SUPPORT, "HOMEWORK|150"),
                        org.assertj.core.groups.Tuple.tuple("SupportArrangementRecorded", DataCategory.SUPPORT,
                                "Rodzina wspierająca Nowakowie " + story.unique));
    }

    @Test
    void an_approved_month_shows_as_approved_and_the_head_no_longer_waits_for_it() {
        assertThat(queries.awaitingDecision(story.head)).extracting(ClaimRow::claimId).contains(claim);

        support.approve(story.arrangementId, claim, story.head);
        ReadModels.awaitCaughtUp(rebuild);

        assertThat(queries.awaitingDecision(story.head)).extracting(ClaimRow::claimId).doesNotContain(claim);
        CaseSupport seen = queries.ofCase(caseFiles.open(story.caseId, story.assistant).orElseThrow());
        assertThat(seen.months().getFirst().approved()).isEqualByComparingTo("124.60");
        assertThat(seen.months().getFirst().waiting()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(seen.claims().getFirst().decidedBy()).isEqualTo(story.head.displayName());
    }

    @Test
    void a_receipt_is_shown_to_the_household_and_the_case_team_each_time_recorded_and_to_nobody_else() {
        String receiptId = queries.forHousehold(story.barbara).getFirst().claims().getFirst().receipts().getFirst()
                .receiptId();
        long headReads = records(story.head.userId().value(), "RECEIPT");

        assertThat(queries.receipt(receiptId, story.head)).hasValueSatisfying(receipt -> {
            assertThat(receipt.contentType()).isEqualTo("application/pdf");
            assertThat(ReceiptFiles.sha256(receipt.content())).isEqualTo(receipt.sha256());
        });
        assertThat(records(story.head.userId().value(), "RECEIPT")).isEqualTo(headReads + 1);
        assertThat(queries.receipt(receiptId, story.barbara)).isPresent();
        assertThat(queries.receipt(receiptId, story.assistant)).isPresent();
        assertThat(queries.receipt(receiptId, story.otherFamily)).isEmpty();
        assertThat(records(story.otherFamily.userId().value(), "RECEIPT")).isZero();
        assertThat(queries.receipt("no-such-receipt", story.head)).isEmpty();
    }

    private long records(String actorId, String view) {
        return jdbc.queryForObject("select count(*) from access_record where actor_id = ? and view_name = ?",
                Long.class, actorId, view);
    }
}
