package pl.asysta.cases.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.asysta.cases.support.SupportStory.line;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.asysta.cases.familycase.CaseCommands;
import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ReadModels;
import pl.asysta.cases.support.domain.ClaimId;
import pl.asysta.cases.support.domain.CostKind;
import pl.asysta.cases.support.domain.HelpKind;
import pl.asysta.cases.support.domain.Receipt;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementClaimed;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.institutions.InstitutionRegister;
import pl.asysta.shared.CaseId;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.time.ClockConfiguration;

/**
 * The supporting family's facade against the real event store and PostgreSQL: receipts are stored with their
 * checksum exactly when the claim is, and never otherwise; an arrangement someone has nothing to do with is not
 * found.
 */
@SpringBootTest
class SupportCommandsTest {

    @Autowired
    CaseCommands commands;
    @Autowired
    SupportCommands support;
    @Autowired
    InstitutionRegister institutions;
    @Autowired
    EventStore eventStore;
    @Autowired
    CaseProjectionRebuild rebuild;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    SupportStory story;

    @BeforeEach
    void aFamilySupportedByTheNowakHousehold() {
        story = new SupportStory(commands, support, institutions,
                LocalDate.now(clock.withZone(ClockConfiguration.CENTRE_ZONE)));
    }

    @Test
    void receipts_are_stored_with_their_checksum_and_the_claim_names_them_without_their_bytes() {
        UploadedFile tickets = ReceiptSamples.pdf("bilety-luty.pdf");
        UploadedFile photo = ReceiptSamples.jpeg("obiad.jpg");

        support.claim(story.arrangementId, story.lastMonth, List.of(line(CostKind.TRAVEL, "84.60"),
                line(CostKind.MEALS, "120")), List.of(tickets, photo), "Dojazdy i obiady", story.barbara);

        ReimbursementClaimed claimed = (ReimbursementClaimed) eventStore.readEvents(story.arrangementId.value())
                .asStream().map(message -> message.getPayload()).filter(ReimbursementClaimed.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(claimed.receipts()).extracting(Receipt::fileName, Receipt::contentType, Receipt::size,
                Receipt::sha256).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bilety-luty.pdf", "application/pdf", (long) tickets.content().length,
                        ReceiptFiles.sha256(tickets.content())),
                org.assertj.core.groups.Tuple.tuple("obiad.jpg", "image/jpeg", (long) photo.content().length,
                        ReceiptFiles.sha256(photo.content())));
        for (Receipt receipt : claimed.receipts()) {
            assertThat(jdbc.queryForObject("select sha256 from support_receipt_file where receipt_id = ?",
                    String.class, receipt.receiptId())).isEqualTo(receipt.sha256());
            byte[] stored = jdbc.queryForObject("select content from support_receipt_file where receipt_id = ?",
                    byte[].class, receipt.receiptId());
            assertThat(ReceiptFiles.sha256(stored)).isEqualTo(receipt.sha256());
        }
        String payload = jdbc.queryForObject("""
                select convert_from(payload, 'UTF8') from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%ReimbursementClaimed'""", String.class,
                story.arrangementId.value());
        assertThat(payload).as("the event carries no bytes")
                .doesNotContain(Base64.getEncoder().encodeToString(photo.content()).substring(0, 40))
                .hasSizeLessThan(4000);
    }

    @Test
    void a_wrong_oversized_or_damaged_receipt_is_refused_and_nothing_of_the_claim_is_stored() {
        long maxBytes = support.receiptMaxBytes();
        refusedWithNothingStored(ReceiptSamples.textNamedLikeAPdf(), "supporting.receipt-wrong-type");
        refusedWithNothingStored(ReceiptSamples.documentNamedLikeAnImage(), "supporting.receipt-wrong-type");
        refusedWithNothingStored(ReceiptSamples.oversizedPdf(maxBytes), "supporting.receipt-too-large");
        refusedWithNothingStored(ReceiptSamples.truncatedPdf(), "supporting.receipt-damaged");
        refusedWithNothingStored(ReceiptSamples.damagedPng(), "supporting.receipt-damaged");
        refusedWithNothingStored(ReceiptSamples.truncatedJpeg(), "supporting.receipt-damaged");
    }

    @Test
    void a_claim_the_arrangement_refuses_leaves_its_good_receipts_unstored() {
        refused(() -> support.claim(story.arrangementId, story.lastMonth, List.of(line(CostKind.TRAVEL, "250"),
                line(CostKind.MEALS, "60")), List.of(ReceiptSamples.pdf("bilety.pdf")), null, story.barbara),
                "supporting.claim-over-limit");

        assertThat(storedReceipts()).isZero();
        assertThat(claimEvents()).isZero();
    }

    @Test
    void stored_receipts_can_be_neither_changed_nor_removed() {
        support.claim(story.arrangementId, story.lastMonth, List.of(line(CostKind.MEALS, "40")),
                List.of(ReceiptSamples.png("obiad.png")), null, story.barbara);

        assertThatThrownBy(() -> jdbc.update("update support_receipt_file set content = ? where arrangement_id = ?",
                "podmiana".getBytes(StandardCharsets.UTF_8), story.arrangementId.value()))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from support_receipt_file where arrangement_id = ?",
                story.arrangementId.value())).rootCause().hasMessageContaining("append-only");
        assertThat(storedReceipts()).isEqualTo(1);
    }

    @Test
    void another_supporting_family_is_told_the_arrangement_does_not_exist() {
        refused(() -> support.logHelp(story.arrangementId, story.today, 60, HelpKind.CHILDCARE, "Opieka",
                story.otherFamily), "supporting.arrangement-not-found");
        refused(() -> support.claim(story.arrangementId, story.lastMonth, List.of(line(CostKind.MEALS, "10")),
                List.of(), null, story.otherFamily), "supporting.arrangement-not-found");
        refused(() -> support.logHelp(new SupportArrangementId("support-none"), story.today, 60, HelpKind.CHILDCARE,
                "Opieka", story.barbara), "supporting.arrangement-not-found");
    }

    @Test
    void a_household_not_registered_as_a_supporting_family_cannot_be_named() {
        refused(() -> support.recordArrangement(story.caseId, new InstitutionId("nieznana-" + story.unique), "RW/1",
                story.startsOn, story.today.plusMonths(3), Set.of(CostKind.MEALS), SupportStory.LIMIT, story.head),
                "supporting.household-unknown");
        refused(() -> support.recordArrangement(story.caseId, story.household, "RW/2", story.startsOn,
                story.today.plusMonths(3), Set.of(CostKind.MEALS), SupportStory.LIMIT, story.head),
                "supporting.arrangement-exists");
    }

    @Test
    void whoever_may_not_see_the_case_learns_nothing_of_it_from_a_refusal() {
        refused(() -> support.recordArrangement(new CaseId("no-such-case-" + story.unique), story.household, "RW/3",
                story.startsOn, story.today.plusMonths(3), Set.of(CostKind.MEALS), SupportStory.LIMIT, story.head),
                "case.not-found");
        ClaimId claim = support.claim(story.arrangementId, story.lastMonth, List.of(line(CostKind.MEALS, "10")),
                List.of(), null, story.barbara).id();
        ReadModels.awaitCaughtUp(rebuild);

        refused(() -> support.approve(story.arrangementId, claim, story.otherFamily),
                "supporting.arrangement-not-found");
        refused(() -> support.approve(story.arrangementId, claim, story.barbara), "case.role-not-allowed");
        refused(() -> support.approve(story.arrangementId, claim, story.assistant), "case.role-not-allowed");
        support.approve(story.arrangementId, claim, story.head);
    }

    private void refusedWithNothingStored(UploadedFile receipt, String key) {
        refused(() -> support.claim(story.arrangementId, story.lastMonth, List.of(line(CostKind.MEALS, "10")),
                List.of(ReceiptSamples.pdf("dobry.pdf"), receipt), null, story.barbara), key);
        assertThat(storedReceipts()).as(key).isZero();
        assertThat(claimEvents()).as(key).isZero();
    }

    private long storedReceipts() {
        return jdbc.queryForObject("select count(*) from support_receipt_file where arrangement_id = ?", Long.class,
                story.arrangementId.value());
    }

    private long claimEvents() {
        return eventStore.readEvents(story.arrangementId.value()).asStream()
                .filter(message -> message.getPayload() instanceof ReimbursementClaimed).count();
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }
}
