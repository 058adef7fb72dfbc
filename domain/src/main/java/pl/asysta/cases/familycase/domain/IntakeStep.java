package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;
import java.util.List;

/** The steps of intake and of the legal basis of the work: the interview, the request, consent, court order. */
public sealed interface IntakeStep extends CaseStep {

    /** The social worker's environmental interview (uwr art. 11). */
    record RecordInterview(LocalDate conductedOn, String findings, List<String> difficulties) implements IntakeStep {

        public RecordInterview {
            difficulties = difficulties == null ? List.of() : List.copyOf(difficulties);
        }

        public StepKind stepKind() {
            return StepKind.INTERVIEW;
        }
    }

    record RequestAssistant(String justification) implements IntakeStep {

        public StepKind stepKind() {
            return StepKind.REQUEST_ASSISTANT;
        }
    }

    /** The family's consent to work with an assistant (uwr art. 8 ust. 3), on a signed document. */
    record RecordConsent(String consentingPerson, LocalDate givenOn, String documentReference) implements IntakeStep {

        public StepKind stepKind() {
            return StepKind.CONSENT;
        }
    }

    /** Closes the case when no court ordered the work; {@code monitoringMonths} is then the monitoring period. */
    record WithdrawConsent(LocalDate withdrawnOn, String note, int monitoringMonths) implements IntakeStep {

        public StepKind stepKind() {
            return StepKind.WITHDRAW_CONSENT;
        }
    }

    /** A family court's order to work with an assistant (Family Code art. 109). */
    record RecordCourtOrder(String court, String fileReference, LocalDate issuedOn) implements IntakeStep {

        public StepKind stepKind() {
            return StepKind.COURT_ORDER;
        }
    }
}
