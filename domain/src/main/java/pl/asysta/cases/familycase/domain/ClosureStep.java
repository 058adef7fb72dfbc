package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;

/** The end of the work with the family, the monitoring after it, and reopening a closed case. */
public sealed interface ClosureStep extends CaseStep {

    record CloseCase(ClosureReason reason, String summary, LocalDate closedOn, int monitoringMonths)
            implements ClosureStep {

        public StepKind stepKind() {
            return StepKind.CLOSE;
        }
    }

    record RecordMonitoringEntry(LocalDate date, String notes) implements ClosureStep {

        public StepKind stepKind() {
            return StepKind.MONITORING_ENTRY;
        }
    }

    record EndMonitoring(MonitoringOutcome outcome, String note) implements ClosureStep {

        public StepKind stepKind() {
            return StepKind.END_MONITORING;
        }
    }

    record ReopenCase(String reason) implements ClosureStep {

        public StepKind stepKind() {
            return StepKind.REOPEN;
        }
    }
}
