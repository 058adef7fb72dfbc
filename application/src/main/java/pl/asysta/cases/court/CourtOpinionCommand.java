package pl.asysta.cases.court;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import pl.asysta.cases.court.domain.CourtDecisionId;
import pl.asysta.cases.court.domain.CourtDecisionKind;
import pl.asysta.cases.court.domain.OpinionRequestId;
import pl.asysta.cases.court.domain.OpinionText;
import pl.asysta.shared.Actor;
import pl.asysta.shared.CaseId;

/**
 * What people ask of a court's opinion request: the court asks, withdraws and records its decisions; the
 * centre drafts, submits, returns and approves.
 */
public sealed interface CourtOpinionCommand {

    OpinionRequestId requestId();

    Actor actor();

    record RequestOpinion(@TargetAggregateIdentifier OpinionRequestId requestId, CaseId caseId, String reference,
                          String questions, LocalDate deadline, Actor actor, LocalDate today)
            implements CourtOpinionCommand {
    }

    record SaveOpinionDraft(@TargetAggregateIdentifier OpinionRequestId requestId, OpinionText text, Actor actor)
            implements CourtOpinionCommand {
    }

    record SubmitOpinion(@TargetAggregateIdentifier OpinionRequestId requestId, OpinionText text, Actor actor)
            implements CourtOpinionCommand {
    }

    record ReturnOpinion(@TargetAggregateIdentifier OpinionRequestId requestId, String comments, Actor actor)
            implements CourtOpinionCommand {
    }

    /** {@code at} is the moment of delivery, taken from the clock at the edge. */
    record ApproveOpinion(@TargetAggregateIdentifier OpinionRequestId requestId, Actor actor, Instant at)
            implements CourtOpinionCommand {
    }

    record WithdrawOpinionRequest(@TargetAggregateIdentifier OpinionRequestId requestId, String reason, Actor actor,
                                  LocalDate today) implements CourtOpinionCommand {
    }

    record RecordCourtDecision(@TargetAggregateIdentifier OpinionRequestId requestId, CourtDecisionId decisionId,
                               CourtDecisionKind kind, LocalDate decidedOn, String reference, String summary,
                               Actor actor, LocalDate today) implements CourtOpinionCommand {
    }
}
