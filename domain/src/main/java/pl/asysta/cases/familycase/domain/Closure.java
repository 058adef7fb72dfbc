package pl.asysta.cases.familycase.domain;

import static pl.asysta.cases.access.domain.TeamRole.HEAD;
import static pl.asysta.cases.access.domain.TeamRole.SOCIAL_WORKER;
import static pl.asysta.cases.familycase.domain.CaseRules.happenedNoLaterThanToday;
import static pl.asysta.cases.familycase.domain.CaseRules.required;

import java.util.List;
import java.util.Objects;

import pl.asysta.cases.familycase.domain.ClosureStep.CloseCase;
import pl.asysta.cases.familycase.domain.ClosureStep.EndMonitoring;
import pl.asysta.cases.familycase.domain.ClosureStep.RecordMonitoringEntry;
import pl.asysta.cases.familycase.domain.ClosureStep.ReopenCase;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseClosed;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.CaseReopened;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.MonitoringEnded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.MonitoringEntryRecorded;
import pl.asysta.shared.Author;

/**
 * The end of the work: the assistant closes the case with a reason, which opens a monitoring period of the chosen
 * length (uwr art. 15 ust. 1 pkt 16); the social worker or the head reopens a closed case with a reason, and it
 * returns to intake.
 */
final class Closure {

    private Closure() {
    }

    static Permission permission(StepKind kind, Situation now) {
        FamilyCaseState state = now.state();
        boolean monitored = state.status() == CaseStatus.MONITORING;
        return switch (kind) {
            case CLOSE -> now.assignedAssistant().and(state.active(), "case.not-active");
            case MONITORING_ENTRY, END_MONITORING -> monitoringWorker(now).and(monitored, "case.not-in-monitoring");
            case REOPEN -> now.in(SOCIAL_WORKER, HEAD)
                    .and(monitored || state.status() == CaseStatus.CLOSED, "case.not-closed");
            default -> throw new IllegalArgumentException(kind + " is no step of closure");
        };
    }

    /**
     * Monitoring is the assistant's who closed the work; a case closed before any assistant was assigned (consent
     * withdrawn during intake) is monitored by its social worker.
     */
    private static Permission monitoringWorker(Situation now) {
        return now.state().assistant() == null ? now.in(SOCIAL_WORKER) : now.assignedAssistant();
    }

    static List<FamilyCaseEvent> decide(ClosureStep step, Author author, Situation now) {
        FamilyCaseState state = now.state();
        return switch (step) {
            case CloseCase closure -> {
                Objects.requireNonNull(closure.reason(), "reason");
                required(closure.summary(), "summary");
                happenedNoLaterThanToday(closure.closedOn(), now.today());
                CaseRules.monitoringLastsOneToTwelveMonths(closure.monitoringMonths());
                yield List.of(new CaseClosed(state.caseId(), closure.reason(), closure.summary(), closure.closedOn(),
                        closure.closedOn().plusMonths(closure.monitoringMonths()), author));
            }
            case RecordMonitoringEntry entry -> {
                happenedNoLaterThanToday(entry.date(), now.today());
                required(entry.notes(), "notes");
                yield List.of(new MonitoringEntryRecorded(state.caseId(), entry.date(), entry.notes(), author));
            }
            case EndMonitoring end -> List.of(new MonitoringEnded(state.caseId(), Objects.requireNonNull(end.outcome()),
                    end.note(), now.today(), author));
            case ReopenCase reopening -> {
                required(reopening.reason(), "reason");
                yield List.of(new CaseReopened(state.caseId(), reopening.reason(), now.today(), author));
            }
        };
    }
}
