package pl.asysta.cases.familycase.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import pl.asysta.shared.DataCategory;

/** What is written down about the family: work with it, periodic assessments, other institutions' entries. */
public sealed interface DocumentationStep extends CaseStep {

    /** A visit, consultation, crisis intervention or contact with an institution, in its data category. */
    record DocumentWork(String entryId, WorkKind kind, LocalDate date, int durationMinutes, List<String> participants,
                        String notes, DataCategory category) implements DocumentationStep {

        public DocumentWork {
            participants = participants == null ? List.of() : List.copyOf(participants);
        }

        public StepKind stepKind() {
            return StepKind.DOCUMENT_WORK;
        }

        @Override
        public DocumentWork identified(Supplier<String> newId) {
            return entryId != null ? this
                    : new DocumentWork(newId.get(), kind, date, durationMinutes, participants, notes, category);
        }
    }

    /** The periodic assessment (uwr art. 15 ust. 1 pkt 10, art. 17). */
    record RecordAssessment(LocalDate assessedOn, String situation, String progress, boolean continueWork)
            implements DocumentationStep {

        public StepKind stepKind() {
            return StepKind.ASSESSMENT;
        }
    }

    /** School or health staff add what they saw, or an interdisciplinary team member a meeting note or decision. */
    record RecordObservation(ObservationKind kind, DataCategory category, LocalDate observedOn, String text)
            implements DocumentationStep {

        public StepKind stepKind() {
            return switch (kind) {
                case OBSERVATION -> StepKind.OBSERVATION;
                case TEAM_MEETING -> StepKind.TEAM_MEETING;
                case TEAM_DECISION -> StepKind.TEAM_DECISION;
            };
        }
    }
}
