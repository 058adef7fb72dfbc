package pl.asysta.cases.familycase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.asysta.cases.familycase.domain.FamilyCaseFixture.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.access.domain.CaseGrant;
import pl.asysta.cases.familycase.domain.ClosureStep.CloseCase;
import pl.asysta.cases.familycase.domain.ClosureStep.EndMonitoring;
import pl.asysta.cases.familycase.domain.DocumentationStep.RecordObservation;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.ObservationRecorded;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;

/** What other institutions add to a family's case: observations, team meeting notes and decisions. */
class ObservationTest {

    static final Actor TEACHER = actor("pedagog", "Tomasz Nauczyciel", Role.INSTITUTION_STAFF,
            new InstitutionId("sp-3"));
    static final Actor TEAM_MEMBER = actor("zespol", "Piotr Zespołowy", Role.TEAM_MEMBER, new InstitutionId("zi"));

    /** The school's grant on the case, and the team's under the Niebieska Karta procedure. */
    static final List<CaseGrant> GRANTS = List.of(
            new CaseGrant(new InstitutionId("sp-3"), Set.of(DataCategory.EDUCATION, DataCategory.HEALTH),
                    "Sytuacja szkolna", TODAY.minusMonths(1), TODAY.plusMonths(5), null),
            new CaseGrant(new InstitutionId("zi"), Set.of(DataCategory.VIOLENCE), "Niebieska Karta",
                    TODAY.minusMonths(1), TODAY.plusMonths(5), null));

    @Test
    void school_staff_record_an_observation_in_their_category() {
        List<FamilyCaseEvent> events = active().decide(new RecordObservation(ObservationKind.OBSERVATION,
                DataCategory.EDUCATION, TODAY.minusDays(1), " Kacper trzeci dzień bez zadania domowego. "), TEACHER,
                TODAY, GRANTS);

        assertThat(events).singleElement().isInstanceOfSatisfying(ObservationRecorded.class, observation -> {
            assertThat(observation.caseId()).isEqualTo(CASE);
            assertThat(observation.kind()).isEqualTo(ObservationKind.OBSERVATION);
            assertThat(observation.category()).isEqualTo(DataCategory.EDUCATION);
            assertThat(observation.observedOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(observation.text()).isEqualTo("Kacper trzeci dzień bez zadania domowego.");
            assertThat(observation.recordedBy().role()).isEqualTo(Role.INSTITUTION_STAFF);
            assertThat(observation.recordedBy().institutionId()).isEqualTo(new InstitutionId("sp-3"));
        });
    }

    @Test
    void the_team_records_meetings_and_decisions_as_violence_information() {
        FamilyCase familyCase = active();
        for (ObservationKind kind : List.of(ObservationKind.TEAM_MEETING, ObservationKind.TEAM_DECISION)) {
            assertThat(familyCase.decide(new RecordObservation(kind, DataCategory.VIOLENCE, TODAY,
                    "Posiedzenie grupy"), TEAM_MEMBER,
                    TODAY, GRANTS)).singleElement().isInstanceOfSatisfying(ObservationRecorded.class,
                    entry -> assertThat(entry.recordedBy().role()).isEqualTo(Role.TEAM_MEMBER));
            for (DataCategory other : DataCategory.values()) {
                if (other != DataCategory.VIOLENCE) {
                    refused(() -> familyCase.decide(new RecordObservation(kind, other, TODAY, "Posiedzenie"),
                            TEAM_MEMBER, TODAY, GRANTS), "case.team-entries-are-violence");
                }
            }
        }
    }

    @Test
    void an_observation_is_school_or_health_staffs() {
        FamilyCase familyCase = active();
        for (Actor other : List.of(TEAM_MEMBER, ASSISTANT, SOCIAL_WORKER, HEAD, COORDINATOR)) {
            refused(() -> familyCase.decide(new RecordObservation(ObservationKind.OBSERVATION, DataCategory.EDUCATION,
                    TODAY, "Uwagi"), other, TODAY, GRANTS), "case.role-not-allowed");
        }
    }

    @Test
    void team_entries_are_the_team_members() {
        FamilyCase familyCase = active();
        for (Actor other : List.of(TEACHER, ASSISTANT, HEAD)) {
            refused(() -> familyCase.decide(new RecordObservation(ObservationKind.TEAM_DECISION, DataCategory.VIOLENCE,
                    TODAY, "Decyzja"), other, TODAY, GRANTS), "case.role-not-allowed");
        }
    }

    @Test
    void an_observation_names_its_category_its_day_and_what_was_seen() {
        FamilyCase familyCase = active();
        refused(() -> familyCase.decide(new RecordObservation(ObservationKind.OBSERVATION, null, TODAY, "Uwagi"),
                TEACHER, TODAY, GRANTS),
                "case.category-missing");
        refused(() -> familyCase.decide(new RecordObservation(ObservationKind.OBSERVATION, DataCategory.EDUCATION,
                TODAY, " "), TEACHER, TODAY, GRANTS), "case.field-required");
        refused(() -> familyCase.decide(new RecordObservation(ObservationKind.OBSERVATION, DataCategory.EDUCATION,
                TODAY.plusDays(1), "Jutro"), TEACHER, TODAY, GRANTS), "case.date-in-future");
    }

    @Test
    void a_case_in_monitoring_still_takes_observations_but_a_closed_case_does_not() {
        FamilyCase familyCase = active();
        familyCase.decide(new CloseCase(ClosureReason.GOALS_ACHIEVED, "Cele osiągnięte", TODAY, 3), ASSISTANT, TODAY)
                .forEach(familyCase::apply);
        assertThat(familyCase.decide(new RecordObservation(ObservationKind.OBSERVATION, DataCategory.EDUCATION, TODAY,
                "Frekwencja dobra"), TEACHER, TODAY, GRANTS)).hasSize(1);

        familyCase.decide(new EndMonitoring(MonitoringOutcome.SITUATION_STABLE, "Stabilnie"), ASSISTANT, TODAY)
                .forEach(familyCase::apply);

        assertThat(familyCase.status()).isEqualTo(CaseStatus.CLOSED);
        refused(() -> familyCase.decide(new RecordObservation(ObservationKind.OBSERVATION, DataCategory.EDUCATION,
                TODAY, "Po zamknięciu"), TEACHER, TODAY, GRANTS), "case.closed");
        refused(() -> familyCase.decide(new RecordObservation(ObservationKind.TEAM_MEETING, DataCategory.VIOLENCE,
                TODAY, "Po zamknięciu"), TEAM_MEMBER, TODAY, GRANTS), "case.closed");
    }

    @Test
    void an_observation_changes_nothing_the_case_team_decides_on() {
        FamilyCase familyCase = active();
        FamilyCaseState before = familyCase.state();

        familyCase.decide(new RecordObservation(ObservationKind.OBSERVATION, DataCategory.HEALTH, TODAY,
                "Szczepienia aktualne"), TEACHER, TODAY, GRANTS).forEach(familyCase::apply);

        assertThat(familyCase.state()).isEqualTo(before);
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }
}
