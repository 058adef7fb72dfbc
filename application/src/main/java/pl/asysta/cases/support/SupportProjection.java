package pl.asysta.cases.support;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ProjectionStatement;
import pl.asysta.cases.readmodel.ReadModelProjection;
import pl.asysta.cases.readmodel.TimelineEntries;
import pl.asysta.cases.support.domain.ClaimId;
import pl.asysta.cases.support.domain.ClaimLine;
import pl.asysta.cases.support.domain.ClaimStatus;
import pl.asysta.cases.support.domain.Receipt;
import pl.asysta.cases.support.domain.SupportArrangementEvent;
import pl.asysta.cases.support.domain.SupportArrangementEvent.HelpLogged;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementApproved;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementClaimed;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementCorrectionClaimed;
import pl.asysta.cases.support.domain.SupportArrangementEvent.ReimbursementRejected;
import pl.asysta.cases.support.domain.SupportArrangementEvent.SupportArrangementEnded;
import pl.asysta.cases.support.domain.SupportArrangementEvent.SupportArrangementRecorded;
import pl.asysta.cases.support.domain.SupportArrangementId;
import pl.asysta.shared.DataCategory;

/**
 * Projects supporting-family arrangements into {@code support_arrangement}, {@code support_help} and the claim
 * tables (V6), and into the case timeline: the arrangement and the help in SUPPORT, claims and decisions in
 * FINANCE. Part of the case read model's processor, rebuilt and idempotent like it: added rows are keyed by the
 * event's position or the claim's id, and a row an event changes remembers the last position applied to it. The
 * receipt files are not a read model and are never cleared.
 */
@Component
@ProcessingGroup(CaseProjectionRebuild.PROCESSING_GROUP)
class SupportProjection implements ReadModelProjection {

    private static final List<String> TABLES = List.of("support_arrangement", "support_help", "support_claim",
            "support_claim_line", "support_claim_receipt");

    private static final ProjectionStatement ARRANGED = ProjectionStatement.addsOnce("support_arrangement", """
            insert into support_arrangement (arrangement_id, case_id, centre, household_id,
                household_name, agreement_reference, starts_on, ends_on, cost_kinds, monthly_limit,
                recorded_by, position, last_position)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (arrangement_id) do nothing""");

    private static final ProjectionStatement ENDED = ProjectionStatement.updates("support_arrangement", """
            update support_arrangement set ended_on = ?, end_reason = ?
            where arrangement_id = ? and last_position < ?""");

    /** Every event of an arrangement, once its own change is made: the arrangement has seen it. */
    private static final ProjectionStatement SEEN = ProjectionStatement.updates("support_arrangement",
            "update support_arrangement set last_position = ? where arrangement_id = ? and last_position < ?");

    private static final ProjectionStatement HELPED = ProjectionStatement.addsByPosition("support_help", """
            insert into support_help (position, arrangement_id, case_id, entry_id, helped_on, minutes,
                kind, note, logged_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (position) do nothing""");

    private static final ProjectionStatement CLAIMED = ProjectionStatement.addsOnce("support_claim", """
            insert into support_claim (claim_id, arrangement_id, case_id, month, corrects, total, note,
                claimed_on, claimed_by, status, position, last_position)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?) on conflict (claim_id) do nothing""");

    /** A line of a claim, added with the claim and only when the claim itself is new. */
    private static final ProjectionStatement CLAIM_LINE = ProjectionStatement.addsOnce("support_claim_line",
            "insert into support_claim_line (claim_id, cost_kind, amount) values (?, ?, ?)");

    /** A receipt of a claim, added with the claim and only when the claim itself is new. */
    private static final ProjectionStatement CLAIM_RECEIPT = ProjectionStatement.addsOnce("support_claim_receipt",
            """
            insert into support_claim_receipt (receipt_id, claim_id, file_name, content_type,
                size_bytes, sha256)
            values (?, ?, ?, ?, ?, ?)""");

    private static final ProjectionStatement DECIDED = ProjectionStatement.updates("support_claim", """
            update support_claim set status = ?, decided_on = ?, decided_by = ?, rejection_reason = ?,
                last_position = ?
            where claim_id = ? and last_position < ?""");

    private final JdbcTemplate jdbc;

    SupportProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SupportArrangementEvent event, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = token.position().orElseThrow();
        switch (event) {
            case SupportArrangementRecorded e -> jdbc.update(ARRANGED.sql(), e.arrangementId().value(),
                    e.caseId().value(), e.centre().value(), e.household().value(), e.householdName(),
                    e.agreementReference(), e.startsOn(), e.endsOn(),
                    e.terms().costKinds().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                    e.terms().monthlyLimit(), e.recordedBy().displayName(), position, position);
            case SupportArrangementEnded e -> jdbc.update(ENDED.sql(), e.endedOn(), e.reason(),
                    e.arrangementId().value(), position);
            case HelpLogged e -> jdbc.update(HELPED.sql(), position, e.arrangementId().value(), e.caseId().value(),
                    e.entryId(), e.helpedOn(), e.minutes(), e.kind().name(), e.note(), e.recordedBy().displayName());
            case ReimbursementClaimed e -> claim(e.arrangementId(), e.caseId().value(), e.claimId(), e.month(), null,
                    e.lines(), e.total(), e.receipts(), e.note(), e.claimedOn(), e.recordedBy().displayName(),
                    position);
            case ReimbursementCorrectionClaimed e -> claim(e.arrangementId(), e.caseId().value(), e.claimId(),
                    e.month(), e.corrects(), e.lines(), e.total(), e.receipts(), e.note(), e.claimedOn(),
                    e.recordedBy().displayName(), position);
            case ReimbursementApproved e -> decide(e.claimId(), ClaimStatus.APPROVED, e.approvedOn(),
                    e.recordedBy().displayName(), null, position);
            case ReimbursementRejected e -> decide(e.claimId(), ClaimStatus.REJECTED, e.rejectedOn(),
                    e.recordedBy().displayName(), e.reason(), position);
        }
        jdbc.update(SEEN.sql(), position, event.arrangementId().value(), position);
        TimelineEntries.add(jdbc, position, event.caseId(), occurredOn(event), recordedAt,
                event.getClass().getSimpleName(), category(event), event.recordedBy(), subject(event), body(event));
    }

    private void claim(SupportArrangementId arrangementId, String caseId, ClaimId claimId, YearMonth month,
                       ClaimId corrects, List<ClaimLine> lines, java.math.BigDecimal total, List<Receipt> receipts,
                       String note, LocalDate claimedOn, String claimedBy, long position) {
        int added = jdbc.update(CLAIMED.sql(), claimId.value(), arrangementId.value(), caseId,
                Date.valueOf(month.atDay(1)), corrects == null ? null : corrects.value(), total, note, claimedOn,
                claimedBy, position, position);
        if (added == 0) {
            return;
        }
        for (ClaimLine line : lines) {
            jdbc.update(CLAIM_LINE.sql(), claimId.value(), line.kind().name(), line.amount());
        }
        for (Receipt receipt : receipts) {
            jdbc.update(CLAIM_RECEIPT.sql(), receipt.receiptId(), claimId.value(), receipt.fileName(),
                    receipt.contentType(), receipt.size(), receipt.sha256());
        }
    }

    private void decide(ClaimId claimId, ClaimStatus status, LocalDate on, String by, String reason, long position) {
        jdbc.update(DECIDED.sql(), status.name(), on, by, reason, position, claimId.value(), position);
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @ResetHandler
    void clearBeforeReplay() {
        jdbc.execute("truncate table " + String.join(", ", TABLES));
    }

    private static DataCategory category(SupportArrangementEvent event) {
        return switch (event) {
            case SupportArrangementRecorded e -> DataCategory.SUPPORT;
            case SupportArrangementEnded e -> DataCategory.SUPPORT;
            case HelpLogged e -> DataCategory.SUPPORT;
            case ReimbursementClaimed e -> DataCategory.FINANCE;
            case ReimbursementCorrectionClaimed e -> DataCategory.FINANCE;
            case ReimbursementApproved e -> DataCategory.FINANCE;
            case ReimbursementRejected e -> DataCategory.FINANCE;
        };
    }

    private static LocalDate occurredOn(SupportArrangementEvent event) {
        return switch (event) {
            case SupportArrangementRecorded e -> e.recordedOn();
            case SupportArrangementEnded e -> e.endedOn();
            case HelpLogged e -> e.helpedOn();
            case ReimbursementClaimed e -> e.claimedOn();
            case ReimbursementCorrectionClaimed e -> e.claimedOn();
            case ReimbursementApproved e -> e.approvedOn();
            case ReimbursementRejected e -> e.rejectedOn();
        };
    }

    /** Codes and numbers the screens say in the reader's language ({@link SupportTimeline}); names as they are. */
    private String subject(SupportArrangementEvent event) {
        return switch (event) {
            case SupportArrangementRecorded e -> e.householdName();
            case SupportArrangementEnded e -> jdbc.query(
                    "select household_name from support_arrangement where arrangement_id = ?",
                    rows -> rows.next() ? rows.getString(1) : null, e.arrangementId().value());
            case HelpLogged e -> SupportTimeline.help(e.kind(), e.minutes());
            case ReimbursementClaimed e -> SupportTimeline.claim(e.month(), e.total());
            case ReimbursementCorrectionClaimed e -> SupportTimeline.claim(e.month(), e.total());
            case ReimbursementApproved e -> SupportTimeline.claim(e.month(), e.total());
            case ReimbursementRejected e -> SupportTimeline.claim(e.month(), e.total());
        };
    }

    private static String body(SupportArrangementEvent event) {
        return switch (event) {
            case SupportArrangementRecorded e -> e.agreementReference();
            case SupportArrangementEnded e -> e.reason();
            case HelpLogged e -> e.note();
            case ReimbursementClaimed e -> e.note();
            case ReimbursementCorrectionClaimed e -> e.note();
            case ReimbursementApproved e -> null;
            case ReimbursementRejected e -> e.reason();
        };
    }
}
