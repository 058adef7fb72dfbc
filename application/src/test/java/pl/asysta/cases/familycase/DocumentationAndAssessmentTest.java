package pl.asysta.cases.familycase;

import static pl.asysta.cases.familycase.FamilyCaseFixture.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.asysta.cases.familycase.FamilyCaseCommand.TakeStep;
import pl.asysta.cases.familycase.domain.DocumentationStep.DocumentWork;
import pl.asysta.cases.familycase.domain.DocumentationStep.RecordAssessment;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.PeriodicAssessmentRecorded;
import pl.asysta.cases.familycase.domain.FamilyCaseEvent.WorkDocumented;
import pl.asysta.cases.familycase.domain.WorkKind;
import pl.asysta.shared.DataCategory;
import pl.asysta.shared.Role;

/**
 * The assistant documents all work (uwr art. 15 ust. 1 pkt 12) and assesses the family's situation at least
 * every six months (art. 15 ust. 1, art. 17).
 */
class DocumentationAndAssessmentTest {

    final FamilyCaseFixture cases = new FamilyCaseFixture();

    static TakeStep visit(WorkKind kind, java.time.LocalDate date, int minutes, String notes,
                          DataCategory category, pl.asysta.shared.Actor actor) {
        return step(actor, new DocumentWork("w-1", kind, date, minutes, List.of("Joanna Nowak", "Kacper Nowak"), notes,
                category));
    }

    @Test
    void the_assistant_documents_a_crisis_intervention_in_its_category() {
        cases.fixture.given(active())
                .when(visit(WorkKind.CRISIS_INTERVENTION, TODAY, 120, "Interwencja po zgłoszeniu ze szkoły.",
                        DataCategory.VIOLENCE, ASSISTANT))
                .expectEvents(new WorkDocumented(CASE, "w-1", WorkKind.CRISIS_INTERVENTION, TODAY, 120,
                        List.of("Joanna Nowak", "Kacper Nowak"), "Interwencja po zgłoszeniu ze szkoły.",
                        DataCategory.VIOLENCE, as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void work_without_a_category_is_filed_under_visits() {
        cases.fixture.given(active())
                .when(visit(WorkKind.HOME_VISIT, TODAY, 60, "Wizyta domowa.", null, ASSISTANT))
                .expectEvents(new WorkDocumented(CASE, "w-1", WorkKind.HOME_VISIT, TODAY, 60,
                        List.of("Joanna Nowak", "Kacper Nowak"), "Wizyta domowa.", DataCategory.VISITS,
                        as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void work_lasts_more_than_nothing_and_at_most_a_day() {
        cases.fixture.given(active())
                .when(visit(WorkKind.HOME_VISIT, TODAY, 0, "Wizyta.", DataCategory.VISITS, ASSISTANT))
                .expectException(refusedWith("case.duration-invalid"));
    }

    @Test
    void nobody_documents_tomorrows_visit() {
        cases.fixture.given(active())
                .when(visit(WorkKind.HOME_VISIT, TODAY.plusDays(1), 60, "Wizyta.", DataCategory.VISITS, ASSISTANT))
                .expectException(refusedWith("case.date-in-future"));
    }

    @Test
    void documented_work_has_notes() {
        cases.fixture.given(active())
                .when(visit(WorkKind.CONSULTATION, TODAY, 30, " ", DataCategory.VISITS, ASSISTANT))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void only_the_assigned_assistant_documents_work() {
        cases.fixture.given(active())
                .when(visit(WorkKind.HOME_VISIT, TODAY, 60, "Wizyta.", DataCategory.VISITS, OTHER_ASSISTANT))
                .expectException(refusedWith("case.not-your-case"));
    }

    @Test
    void no_work_is_documented_before_an_assistant_works_with_the_family() {
        cases.fixture.given(requestedWithConsent())
                .when(visit(WorkKind.HOME_VISIT, TODAY, 60, "Wizyta.", DataCategory.VISITS, ASSISTANT))
                .expectException(refusedWith("case.not-your-case"));
    }

    @Test
    void no_work_is_documented_on_a_closed_case() {
        cases.fixture.given(inMonitoring())
                .when(visit(WorkKind.HOME_VISIT, TODAY, 60, "Wizyta.", DataCategory.VISITS, ASSISTANT))
                .expectException(refusedWith("case.not-active"));
    }

    @Test
    void the_assistant_records_the_periodic_assessment() {
        cases.fixture.given(active())
                .when(step(ASSISTANT, new RecordAssessment(TODAY, "Sytuacja ustabilizowana.",
                        "Spłacono połowę zaległości.", true)))
                .expectEvents(new PeriodicAssessmentRecorded(CASE, TODAY, "Sytuacja ustabilizowana.",
                        "Spłacono połowę zaległości.", true, as(ASSISTANT, Role.FAMILY_ASSISTANT)));
    }

    @Test
    void an_assessment_is_not_dated_before_the_assignment() {
        cases.fixture.given(active())
                .when(step(ASSISTANT, new RecordAssessment(TODAY.minusDays(30), "Sytuacja", "Postępy", true)))
                .expectException(refusedWith("case.assessment-before-last"));
    }

    @Test
    void an_assessment_is_not_dated_in_the_future() {
        cases.fixture.given(active())
                .when(step(ASSISTANT, new RecordAssessment(TODAY.plusDays(1), "Sytuacja", "Postępy", true)))
                .expectException(refusedWith("case.date-in-future"));
    }

    @Test
    void an_assessment_describes_the_situation_and_the_progress() {
        cases.fixture.given(active())
                .when(step(ASSISTANT, new RecordAssessment(TODAY, "Sytuacja", " ", true)))
                .expectException(refusedWith("case.field-required"));
    }

    @Test
    void only_the_assigned_assistant_assesses() {
        cases.fixture.given(active())
                .when(step(SOCIAL_WORKER, new RecordAssessment(TODAY, "Sytuacja", "Postępy", true)))
                .expectException(refusedWith("case.not-your-case"));
    }

    @Test
    void no_assessment_after_closure() {
        cases.fixture.given(inMonitoring())
                .when(step(ASSISTANT, new RecordAssessment(TODAY, "Sytuacja", "Postępy", true)))
                .expectException(refusedWith("case.not-active"));
    }
}
