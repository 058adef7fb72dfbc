package pl.asysta.cases.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import pl.asysta.cases.readmodel.CaseProjectionRebuild;
import pl.asysta.cases.readmodel.ProjectionRows;
import pl.asysta.cases.readmodel.ProjectionStatement;
import pl.asysta.cases.readmodel.ProjectionWrites;
import pl.asysta.cases.readmodel.ReadModelProjection;
import pl.asysta.cases.readmodel.TimelineEntries;
import pl.asysta.cases.referral.domain.ReferralEvent;
import pl.asysta.cases.referral.domain.ReferralEvent.CaseReferred;
import pl.asysta.cases.referral.domain.ReferralEvent.ReferralAccepted;
import pl.asysta.cases.referral.domain.ReferralEvent.ReferralAnswered;
import pl.asysta.cases.referral.domain.ReferralEvent.ReferralDeclined;
import pl.asysta.cases.referral.domain.ReferralStatus;

/**
 * Projects referrals into {@code referral} (V4), the inboxes and the case page's list, and into the case
 * timeline in the referral's category. Part of the case read model's processor, rebuilt and idempotent like it.
 */
@Component
@ProcessingGroup(CaseProjectionRebuild.PROCESSING_GROUP)
class ReferralProjection implements ReadModelProjection {

    private static final ProjectionRows REFERRAL = ProjectionRows.once("referral", "referral_id", "referral_id",
            "case_id", "institution_id", "category", "purpose", "question", "deadline", "referred_on", "referred_by",
            "status", "position", "last_position");

    private static final ProjectionStatement REPLY = ProjectionStatement.updates("referral", """
            update referral set status = ?, replied_on = ?, replied_by = ?,
                decline_reason = coalesce(?, decline_reason), answer = coalesce(?, answer),
                last_position = ?
            where referral_id = ? and last_position < ?""");

    /** The question's purpose heads every entry of the referral, so its replies read in context. */
    private static final TimelineEntries.Subject PURPOSE = TimelineEntries.subject(
            "(select purpose from referral where referral_id = k.key)", "referral");

    private final JdbcTemplate jdbc;

    ReferralProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReferralEvent event, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = token.position().orElseThrow();
        switch (event) {
            case CaseReferred e -> ProjectionWrites.current(jdbc).row(REFERRAL, e.referralId().value(),
                    e.caseId().value(), e.institution().value(), e.category().name(), e.purpose(), e.question(),
                    e.deadline(), e.referredOn(), e.recordedBy().displayName(), ReferralStatus.OPEN.name(), position,
                    position);
            case ReferralAccepted e -> reply(e, ReferralStatus.ACCEPTED, e.acceptedOn(), null, null, position);
            case ReferralDeclined e -> reply(e, ReferralStatus.DECLINED, e.declinedOn(), e.reason(), null, position);
            case ReferralAnswered e -> reply(e, ReferralStatus.ANSWERED, e.answeredOn(), null, e.answer(), position);
        }
        if (event instanceof CaseReferred e) {
            TimelineEntries.add(jdbc, position, e.caseId(), e.referredOn(), recordedAt, e.getClass().getSimpleName(),
                    e.category(), e.recordedBy(), e.purpose(), body(e));
        } else {
            TimelineEntries.addLookingUp(jdbc, position, event.caseId(), occurredOn(event), recordedAt,
                    event.getClass().getSimpleName(), event.category(), event.recordedBy(), PURPOSE,
                    event.referralId().value(), body(event));
        }
    }

    private void reply(ReferralEvent event, ReferralStatus status, LocalDate on, String reason, String answer,
                       long position) {
        ProjectionWrites.current(jdbc).later(REPLY, status.name(), on, event.recordedBy().displayName(), reason,
                answer, position, event.referralId().value(), position);
    }

    @Override
    public List<String> tables() {
        return List.of("referral");
    }

    @ResetHandler
    void clearBeforeReplay() {
        jdbc.execute("truncate table referral");
    }

    private static LocalDate occurredOn(ReferralEvent event) {
        return switch (event) {
            case CaseReferred e -> e.referredOn();
            case ReferralAccepted e -> e.acceptedOn();
            case ReferralDeclined e -> e.declinedOn();
            case ReferralAnswered e -> e.answeredOn();
        };
    }

    private static String body(ReferralEvent event) {
        return switch (event) {
            case CaseReferred e -> e.question();
            case ReferralAccepted e -> null;
            case ReferralDeclined e -> e.reason();
            case ReferralAnswered e -> e.answer();
        };
    }
}
