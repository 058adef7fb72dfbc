package pl.asysta.cases.familycase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.asysta.cases.familycase.domain.FamilyCaseFixture.*;
import static pl.asysta.cases.familycase.domain.StepKind.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.access.domain.CaseGrant;
import pl.asysta.cases.access.domain.TeamRole;
import pl.asysta.cases.familycase.domain.AssignmentStep.AssignAssistant;
import pl.asysta.cases.familycase.domain.ChildSupportStep.ConsultFosterCareCoordinator;
import pl.asysta.cases.familycase.domain.ChildSupportStep.RecordFosterCarePlacement;
import pl.asysta.cases.familycase.domain.IntakeStep.RequestAssistant;
import pl.asysta.shared.Actor;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.DomainRuleViolation;
import pl.asysta.shared.InstitutionId;
import pl.asysta.shared.Role;

/**
 * Which steps the case offers each person at each stage. The page draws exactly these, so each row is what a user
 * sees as buttons; the decisions check the same rule and refuse with the same key.
 */
class PermittedStepsTest {

    static final Actor TEACHER = actor("pedagog", "Tomasz Nauczyciel", Role.INSTITUTION_STAFF,
            new InstitutionId("sp-3"));
    static final Actor TEAM_MEMBER = actor("zespol", "Piotr Zespołowy", Role.TEAM_MEMBER, new InstitutionId("zi"));
    static final Actor OTHER_COORDINATOR = actor("koordynator2", "Ilona Druga", Role.FOSTER_CARE_COORDINATOR,
            new InstitutionId("pcpr-powiat"));

    @Test
    void at_intake_the_social_worker_interviews_asks_for_an_assistant_and_records_the_legal_basis() {
        assertThat(registered().permittedSteps(SOCIAL_WORKER, TODAY, List.of()))
                .containsExactly(INTERVIEW, REQUEST_ASSISTANT, CONSENT, COURT_ORDER, ZA_ZYCIEM);
    }

    @Test
    void the_head_is_offered_the_assignment_only_once_an_assistant_was_asked_for() {
        FamilyCase familyCase = registered();
        assertThat(familyCase.permittedSteps(HEAD, TODAY, List.of())).containsExactly(COURT_ORDER);

        familyCase.decide(new RequestAssistant("Trudności wychowawcze"), SOCIAL_WORKER, TODAY)
                .forEach(familyCase::apply);

        assertThat(familyCase.permittedSteps(HEAD, TODAY, List.of())).containsExactly(COURT_ORDER, ASSIGN);
        assertThatThrownBy(() -> familyCase.decide(new AssignAssistant(ASSISTANT.userId(), "Anna Kowalska", TODAY),
                HEAD, TODAY)).as("what is still missing is told when the head assigns")
                .hasMessageContaining("case.legal-basis-missing");
    }

    @Test
    void the_assigned_assistant_works_with_the_family_while_others_of_the_centre_are_offered_their_part_only() {
        FamilyCase familyCase = active();

        assertThat(familyCase.permittedSteps(ASSISTANT, TODAY, List.of())).containsExactly(COURT_ORDER,
                WITHDRAW_CONSENT, DOCUMENT_WORK, ADOPT_PLAN, NOTE_ACTION_PROGRESS, COMPLETE_ACTION, DROP_ACTION,
                ASSESSMENT, FOSTER_CARE, ZA_ZYCIEM, CLOSE);
        assertThat(familyCase.permittedSteps(SOCIAL_WORKER, TODAY, List.of()))
                .containsExactly(INTERVIEW, COURT_ORDER, WITHDRAW_CONSENT, ZA_ZYCIEM);
        assertThat(familyCase.permittedSteps(HEAD, TODAY, List.of())).containsExactly(COURT_ORDER, REASSIGN);
        assertThat(familyCase.permittedSteps(OTHER_ASSISTANT, TODAY, List.of())).isEmpty();
    }

    @Test
    void only_the_coordinator_named_for_a_child_of_this_family_consults_on_its_plan() {
        FamilyCase familyCase = active();
        assertThat(familyCase.permittedSteps(COORDINATOR, TODAY, List.of())).isEmpty();
        refused(() -> familyCase.decide(new ConsultFosterCareCoordinator(SON.memberId(), "Uwagi"), OTHER_COORDINATOR,
                TODAY), "case.not-your-case");

        familyCase.decide(new RecordFosterCarePlacement(SON.memberId(), TODAY, "Rodzina zastępcza",
                COORDINATOR.userId(), COORDINATOR.displayName(), "PPD/1/26"), ASSISTANT, TODAY)
                .forEach(familyCase::apply);

        assertThat(familyCase.permittedSteps(COORDINATOR, TODAY, List.of())).containsExactly(COORDINATION);
        assertThat(familyCase.permittedSteps(ASSISTANT, TODAY, List.of())).contains(COORDINATION);
        assertThat(familyCase.permittedSteps(OTHER_COORDINATOR, TODAY, List.of())).isEmpty();
        refused(() -> familyCase.decide(new ConsultFosterCareCoordinator(SON.memberId(), "Uwagi"), OTHER_COORDINATOR,
                TODAY), "case.not-your-case");
        assertThat(familyCase.partOf(COORDINATOR, TODAY, List.of()).roles()).containsExactly(TeamRole.COORDINATOR);
    }

    @Test
    void other_institutions_write_while_their_grant_is_active_and_the_team_only_about_violence() {
        FamilyCase familyCase = active();
        List<CaseGrant> schoolOnly = List.of(grant("sp-3", DataCategory.EDUCATION, TODAY));
        List<CaseGrant> bothExpired = List.of(grant("sp-3", DataCategory.EDUCATION, TODAY.minusDays(1)),
                grant("zi", DataCategory.VIOLENCE, TODAY.minusDays(1)));
        List<CaseGrant> teamOnEducation = List.of(grant("zi", DataCategory.EDUCATION, TODAY));
        List<CaseGrant> teamOnViolence = List.of(grant("zi", DataCategory.VIOLENCE, TODAY));

        assertThat(familyCase.permittedSteps(TEACHER, TODAY, schoolOnly)).containsExactly(OBSERVATION);
        assertThat(familyCase.permittedSteps(TEACHER, TODAY, bothExpired)).isEmpty();
        assertThat(familyCase.permittedSteps(TEAM_MEMBER, TODAY, bothExpired)).isEmpty();
        assertThat(familyCase.permittedSteps(TEAM_MEMBER, TODAY, teamOnEducation)).isEmpty();
        assertThat(familyCase.permittedSteps(TEAM_MEMBER, TODAY, teamOnViolence))
                .containsExactly(TEAM_MEETING, TEAM_DECISION);
        assertThat(familyCase.permittedSteps(TEACHER, TODAY, teamOnViolence)).isEmpty();
    }

    @Test
    void after_closure_the_assistant_monitors_and_the_social_worker_or_head_may_reopen() {
        FamilyCase familyCase = active();
        familyCase.decide(new ClosureStep.CloseCase(ClosureReason.GOALS_ACHIEVED, "Cele osiągnięte", TODAY, 3),
                ASSISTANT, TODAY).forEach(familyCase::apply);

        assertThat(familyCase.permittedSteps(ASSISTANT, TODAY, List.of()))
                .containsExactly(WITHDRAW_CONSENT, MONITORING_ENTRY, END_MONITORING);
        assertThat(familyCase.permittedSteps(SOCIAL_WORKER, TODAY, List.of()))
                .containsExactly(WITHDRAW_CONSENT, REOPEN);
        assertThat(familyCase.permittedSteps(HEAD, TODAY, List.of())).containsExactly(REOPEN);
    }

    @Test
    void a_case_closed_during_intake_is_monitored_by_its_social_worker() {
        FamilyCase familyCase = awaitingAssignment();
        familyCase.decide(new IntakeStep.WithdrawConsent(TODAY, "Rezygnacja", 2), SOCIAL_WORKER, TODAY)
                .forEach(familyCase::apply);

        assertThat(familyCase.permittedSteps(SOCIAL_WORKER, TODAY, List.of()))
                .containsExactly(MONITORING_ENTRY, END_MONITORING, REOPEN);
        assertThat(familyCase.permittedSteps(ASSISTANT, TODAY, List.of())).isEmpty();
    }

    /** A grant to the institution in one category, active from a month ago until {@code until}. */
    private static CaseGrant grant(String institution, DataCategory category, LocalDate until) {
        return new CaseGrant(new InstitutionId(institution), Set.of(category), "Wsparcie", TODAY.minusMonths(1),
                until, null);
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }
}
