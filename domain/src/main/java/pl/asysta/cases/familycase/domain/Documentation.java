package pl.asysta.cases.familycase.domain;

import static pl.asysta.cases.familycase.domain.CaseRules.happenedNoLaterThanToday;
import static pl.asysta.cases.familycase.domain.CaseRules.required;

import java.util.List;
import java.util.Objects;

import pl.asysta.cases.familycase.domain.DocumentationStep.DocumentWork;
import pl.asysta.cases.familycase.domain.DocumentationStep.RecordAssessment;
import pl.asysta.cases.familycase.domain.DocumentationStep.RecordObservation;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ObservationRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PeriodicAssessmentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkDocumented;
import pl.asysta.shared.Author;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.Role;

/**
 * What is written down about the family: the assigned assistant documents the work with it (uwr art. 15 ust. 1
 * pkt 12) and assesses its situation at least every six months (art. 15 ust. 1 pkt 10, art. 17); school or health
 * staff add observations, and the interdisciplinary team its meeting notes and decisions, which are always about
 * domestic violence (art. 15 ust. 1 pkt 18-19).
 */
final class Documentation {

    private Documentation() {
    }

    /**
     * Another institution writes in a case while its grant is active: school or health staff in any category an
     * observation can be filed in (never the consent ledger), a team member only while the team's grant covers
     * VIOLENCE. Which category one entry may go in is the access policy's to check first; a case whose monitoring
     * has ended takes no more entries.
     */
    static Permission permission(StepKind kind, Situation now) {
        FamilyCaseState state = now.state();
        boolean notClosed = state.status() != CaseStatus.CLOSED;
        return switch (kind) {
            case DOCUMENT_WORK, ASSESSMENT -> now.assignedAssistant().and(state.active(), "case.not-active");
            case OBSERVATION -> now.grantHolder(Role.INSTITUTION_STAFF,
                            granted -> granted.stream().anyMatch(category -> category != DataCategory.CONSENT))
                    .and(notClosed, "case.closed");
            case TEAM_MEETING, TEAM_DECISION -> now.grantHolder(Role.TEAM_MEMBER,
                            granted -> granted.contains(DataCategory.VIOLENCE))
                    .and(notClosed, "case.closed");
            default -> throw new IllegalArgumentException(kind + " is no step of documentation");
        };
    }

    static List<FamilyCaseEvent> decide(DocumentationStep step, Author author, Situation now) {
        return switch (step) {
            case DocumentWork work -> document(work, author, now);
            case RecordAssessment assessment -> assess(assessment, author, now);
            case RecordObservation observation -> observe(observation, author, now);
        };
    }

    private static List<FamilyCaseEvent> document(DocumentWork work, Author author, Situation now) {
        Objects.requireNonNull(work.kind(), "kind");
        happenedNoLaterThanToday(work.date(), now.today());
        if (work.durationMinutes() <= 0 || work.durationMinutes() > 24 * 60) {
            throw new DomainRuleViolation("case.duration-invalid");
        }
        required(work.notes(), "notes");
        DataCategory recordedAs = work.category() == null ? DataCategory.VISITS : work.category();
        return List.of(new WorkDocumented(now.state().caseId(), work.entryId(), work.kind(), work.date(),
                work.durationMinutes(), work.participants(), work.notes(), recordedAs, author));
    }

    /** Each assessment restarts the six months, so none may be dated before the last one or the assignment. */
    private static List<FamilyCaseEvent> assess(RecordAssessment assessment, Author author, Situation now) {
        FamilyCaseState state = now.state();
        happenedNoLaterThanToday(assessment.assessedOn(), now.today());
        if (state.assessmentClockStart() != null && assessment.assessedOn().isBefore(state.assessmentClockStart())) {
            throw new DomainRuleViolation("case.assessment-before-last", state.assessmentClockStart());
        }
        required(assessment.situation(), "situation");
        required(assessment.progress(), "progress");
        return List.of(new PeriodicAssessmentRecorded(state.caseId(), assessment.assessedOn(), assessment.situation(),
                assessment.progress(), assessment.continueWork(), author));
    }

    private static List<FamilyCaseEvent> observe(RecordObservation observation, Author author, Situation now) {
        if (observation.category() == null) {
            throw new DomainRuleViolation("case.category-missing");
        }
        if (observation.kind() != ObservationKind.OBSERVATION && observation.category() != DataCategory.VIOLENCE) {
            throw new DomainRuleViolation("case.team-entries-are-violence");
        }
        required(observation.text(), "text");
        happenedNoLaterThanToday(observation.observedOn(), now.today());
        return List.of(new ObservationRecorded(now.state().caseId(), observation.kind(), observation.category(),
                observation.observedOn(), observation.text().strip(), author));
    }
}
