package pl.asysta.cases.familycase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.asysta.cases.familycase.domain.FamilyCaseFixture.*;

import java.util.List;

import org.junit.jupiter.api.Test;

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

    @Test
    void school_staff_record_an_observation_in_their_category() {
        List<FamilyCaseEvent> events = active().recordObservation(ObservationKind.OBSERVATION, DataCategory.EDUCATION,
                TODAY.minusDays(1), " Kacper trzeci dzień bez zadania domowego. ", TEACHER, TODAY);

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
            assertThat(familyCase.recordObservation(kind, DataCategory.VIOLENCE, TODAY, "Posiedzenie grupy",
                    TEAM_MEMBER, TODAY)).singleElement().isInstanceOfSatisfying(ObservationRecorded.class,
                    entry -> assertThat(entry.recordedBy().role()).isEqualTo(Role.TEAM_MEMBER));
            for (DataCategory other : DataCategory.values()) {
                if (other != DataCategory.VIOLENCE) {
                    refused(() -> familyCase.recordObservation(kind, other, TODAY, "Posiedzenie", TEAM_MEMBER,
                            TODAY), "case.team-entries-are-violence");
                }
            }
        }
    }

    @Test
    void an_observation_is_school_or_health_staffs() {
        FamilyCase familyCase = active();
        for (Actor other : List.of(TEAM_MEMBER, ASSISTANT, SOCIAL_WORKER, HEAD, COORDINATOR)) {
            refused(() -> familyCase.recordObservation(ObservationKind.OBSERVATION, DataCategory.EDUCATION, TODAY,
                    "Uwagi", other, TODAY), "case.role-not-allowed");
        }
    }

    @Test
    void team_entries_are_the_team_members() {
        FamilyCase familyCase = active();
        for (Actor other : List.of(TEACHER, ASSISTANT, HEAD)) {
            refused(() -> familyCase.recordObservation(ObservationKind.TEAM_DECISION, DataCategory.VIOLENCE, TODAY,
                    "Decyzja", other, TODAY), "case.role-not-allowed");
        }
    }

    @Test
    void an_observation_names_its_category_its_day_and_what_was_seen() {
        FamilyCase familyCase = active();
        refused(() -> familyCase.recordObservation(ObservationKind.OBSERVATION, null, TODAY, "Uwagi", TEACHER, TODAY),
                "case.category-missing");
        refused(() -> familyCase.recordObservation(ObservationKind.OBSERVATION, DataCategory.EDUCATION, TODAY, " ",
                TEACHER, TODAY), "case.field-required");
        refused(() -> familyCase.recordObservation(ObservationKind.OBSERVATION, DataCategory.EDUCATION,
                TODAY.plusDays(1), "Jutro", TEACHER, TODAY), "case.date-in-future");
    }

    @Test
    void a_case_in_monitoring_still_takes_observations_but_a_closed_case_does_not() {
        FamilyCase familyCase = active();
        familyCase.close(ClosureReason.GOALS_ACHIEVED, "Cele osiągnięte", TODAY, 3, ASSISTANT, TODAY)
                .forEach(familyCase::apply);
        assertThat(familyCase.recordObservation(ObservationKind.OBSERVATION, DataCategory.EDUCATION, TODAY,
                "Frekwencja dobra", TEACHER, TODAY)).hasSize(1);

        familyCase.endMonitoring(MonitoringOutcome.SITUATION_STABLE, "Stabilnie", ASSISTANT, TODAY)
                .forEach(familyCase::apply);

        assertThat(familyCase.status()).isEqualTo(CaseStatus.CLOSED);
        refused(() -> familyCase.recordObservation(ObservationKind.OBSERVATION, DataCategory.EDUCATION, TODAY,
                "Po zamknięciu", TEACHER, TODAY), "case.closed");
        refused(() -> familyCase.recordObservation(ObservationKind.TEAM_MEETING, DataCategory.VIOLENCE, TODAY,
                "Po zamknięciu", TEAM_MEMBER, TODAY), "case.closed");
    }

    @Test
    void an_observation_changes_nothing_the_case_team_decides_on() {
        FamilyCase familyCase = active();
        FamilyCase.Snapshot before = familyCase.snapshot();

        familyCase.recordObservation(ObservationKind.OBSERVATION, DataCategory.HEALTH, TODAY, "Szczepienia aktualne",
                TEACHER, TODAY).forEach(familyCase::apply);

        assertThat(familyCase.snapshot()).isEqualTo(before);
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }
}
